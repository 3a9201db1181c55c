package se.stegvis.network.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.stegvis.account.CurrentUsers;
import se.stegvis.account.OrganisationScoped;
import se.stegvis.account.Role;
import se.stegvis.network.InvalidNetworkInputException;
import se.stegvis.network.Network;
import se.stegvis.network.NetworkAccess;
import se.stegvis.network.NetworkMember;
import se.stegvis.network.NetworkOverview;
import se.stegvis.network.Networks;
import se.stegvis.organisation.OrganisationCatalog;
import se.stegvis.web.FormErrors;
import se.stegvis.web.NotFoundException;

/**
 * The pages of networks that change something: an organisation's networks and invitations with consent and a
 * form to create one ({@code /organisationer/{code}/natverk}), and the owner's page to invite and add
 * coordinators ({@code /natverk/{id}/hantera}). The figures are on {@code /natverk/{id}} (summary module).
 */
@Controller
class NetworkPageController {

	private final Networks networks;

	private final CurrentUsers users;

	private final OrganisationCatalog organisations;

	private final MessageSource messages;

	NetworkPageController(Networks networks, CurrentUsers users, OrganisationCatalog organisations,
			MessageSource messages) {
		this.networks = networks;
		this.users = users;
		this.organisations = organisations;
		this.messages = messages;
	}

	@GetMapping("/organisationer/{code}/natverk")
	String organisation(@PathVariable String code, Model model) {
		return organisationPage(code, "", FormErrors.none(), model);
	}

	@PostMapping("/organisationer/{code}/natverk")
	ModelAndView create(@PathVariable String code, @RequestParam(required = false) @Nullable String name, Model model,
			RedirectAttributes redirect) {
		try {
			Network network = this.networks.create(name, code);
			redirect.addFlashAttribute("success", text("network.page.created", network.name()));
			return new ModelAndView("redirect:/natverk/" + network.id() + "/hantera");
		}
		catch (InvalidNetworkInputException ex) {
			return new ModelAndView(organisationPage(code, name == null ? "" : name, errors(ex), model), model.asMap(),
					HttpStatus.BAD_REQUEST);
		}
	}

	@PostMapping("/organisationer/{code}/natverk/{id}/samtycke")
	ModelAndView consent(@PathVariable String code, @PathVariable long id,
			@RequestParam(name = "samtycke", required = false) @Nullable String answer, Model model,
			RedirectAttributes redirect) {
		Boolean consent = "ja".equals(answer) ? Boolean.TRUE : "nej".equals(answer) ? Boolean.FALSE : null;
		try {
			NetworkMember member = this.networks.consent(id, consent, code);
			redirect.addFlashAttribute("success", text("network.page.answered." + member.state().name()));
			return new ModelAndView("redirect:/organisationer/" + code + "/natverk");
		}
		catch (InvalidNetworkInputException ex) {
			return new ModelAndView(organisationPage(code, "", FormErrors.of("samtycke-" + id,
					text("network.page.consent.required")), model), model.asMap(), HttpStatus.BAD_REQUEST);
		}
	}

	@GetMapping("/natverk/{id}/hantera")
	@OrganisationScoped
	String manage(@PathVariable long id, Model model) {
		return managePage(id, "", "", FormErrors.none(), model);
	}

	@PostMapping("/natverk/{id}/medlemmar")
	@OrganisationScoped
	ModelAndView invite(@PathVariable long id, @RequestParam(required = false) @Nullable String organisationCode,
			Model model, RedirectAttributes redirect) {
		try {
			NetworkMember member = this.networks.invite(id, organisationCode);
			redirect.addFlashAttribute("success", text("network.page.invited", member.organisationName()));
			return new ModelAndView("redirect:/natverk/" + id + "/hantera");
		}
		catch (InvalidNetworkInputException ex) {
			return new ModelAndView(managePage(id, organisationCode == null ? "" : organisationCode, "", errors(ex), model),
					model.asMap(), HttpStatus.BAD_REQUEST);
		}
	}

	@PostMapping("/natverk/{id}/samordnare")
	@OrganisationScoped
	ModelAndView coordinator(@PathVariable long id, @RequestParam(required = false) @Nullable String username,
			Model model, RedirectAttributes redirect) {
		try {
			String name = this.networks.addCoordinator(id, username);
			redirect.addFlashAttribute("success", text("network.page.coordinatorAdded", name));
			return new ModelAndView("redirect:/natverk/" + id + "/hantera");
		}
		catch (InvalidNetworkInputException ex) {
			return new ModelAndView(managePage(id, "", username == null ? "" : username, errors(ex), model), model.asMap(),
					HttpStatus.BAD_REQUEST);
		}
	}

	private String organisationPage(String code, String name, FormErrors errors, Model model) {
		List<NetworkOverview> list = this.networks.ofOrganisation(code);
		model.addAttribute("organisation", this.organisations.findByCode(code).orElseThrow(() -> new NotFoundException(code)));
		model.addAttribute("networks", list);
		model.addAttribute("admin", this.users.require().hasRole(code, Role.ORG_ADMIN));
		model.addAttribute("name", name);
		model.addAttribute("errors", errors);
		return "network/organisation";
	}

	private String managePage(long id, String organisationCode, String username, FormErrors errors, Model model) {
		NetworkAccess access = this.networks.read(id);
		if (!access.manager()) {
			throw new org.springframework.security.access.AccessDeniedException(text("network.manage.forbidden"));
		}
		model.addAttribute("access", access);
		model.addAttribute("organisationCode", organisationCode);
		model.addAttribute("username", username);
		model.addAttribute("errors", errors);
		return "network/manage";
	}

	private FormErrors errors(InvalidNetworkInputException ex) {
		return new FormErrors(ex.problems()
			.stream()
			.map((p) -> new FormErrors.Item(p.field(), text(p.messageKey(), p.args().toArray())))
			.toList());
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
