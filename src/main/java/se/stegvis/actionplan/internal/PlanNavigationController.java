package se.stegvis.actionplan.internal;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.stegvis.account.CurrentUser;
import se.stegvis.account.CurrentUsers;

/**
 * The main navigation's Handlingsplan and Uppföljning: they open the plan or follow-up of the organisation
 * chosen in the header; someone without an organisation sees what the step is for.
 */
@Controller
class PlanNavigationController {

	private final CurrentUsers users;

	PlanNavigationController(CurrentUsers users) {
		this.users = users;
	}

	@GetMapping({ "/handlingsplan", "/uppfoljning" })
	String open(HttpServletRequest request, Model model) {
		String step = request.getRequestURI().substring(request.getContextPath().length() + 1);
		CurrentUser user = this.users.require();
		if (user.selectedOrganisationCode() == null) {
			model.addAttribute("step", step);
			return "web/coming-soon";
		}
		return "redirect:/" + step + "/" + user.selectedOrganisationCode();
	}

}
