package se.stegvis.network.internal;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.stegvis.account.OrganisationScoped;
import se.stegvis.network.Network;
import se.stegvis.network.NetworkMember;
import se.stegvis.network.NetworkOverview;
import se.stegvis.network.Networks;
import se.stegvis.network.internal.NetworkBodies.ConsentRequest;
import se.stegvis.network.internal.NetworkBodies.CoordinatorBody;
import se.stegvis.network.internal.NetworkBodies.CoordinatorRequest;
import se.stegvis.network.internal.NetworkBodies.CreateRequest;
import se.stegvis.network.internal.NetworkBodies.InviteRequest;
import se.stegvis.network.internal.NetworkBodies.MemberBody;
import se.stegvis.network.internal.NetworkBodies.OverviewBody;

/**
 * The network API (DESIGN.md §5 "Networks") except {@code GET /api/v1/networks/{id}}, whose figures the
 * {@code summary} module serves. Outsiders get 404, members in another role 403.
 */
@RestController
@Tag(name = "Nätverk", description = "Nätverk av organisationer som samtyckt till att jämföras med namn")
class NetworkApiController {

	private final Networks networks;

	NetworkApiController(Networks networks) {
		this.networks = networks;
	}

	@GetMapping("/api/v1/networks")
	@Operation(summary = "Mina nätverk: där någon av mina organisationer är inbjuden eller med, eller där jag är samordnare")
	List<OverviewBody> mine() {
		return this.networks.mine().stream().map(OverviewBody::of).toList();
	}

	@PostMapping("/api/v1/networks")
	@OrganisationScoped
	@Operation(summary = "Skapa ett nätverk (organisationsadministratör)",
			description = "{name, organisationCode?}: organisationCode anger ägaren och krävs när du är administratör i flera organisationer. Ägaren blir första medlem och samtycker.")
	ResponseEntity<OverviewBody> create(@RequestBody CreateRequest request) {
		Network network = this.networks.create(request.name(), request.organisationCode());
		NetworkOverview created = new NetworkOverview(network,
				this.networks.read(network.id()).own(), false);
		return ResponseEntity.created(URI.create("/api/v1/networks/" + network.id())).body(OverviewBody.of(created));
	}

	@PostMapping("/api/v1/networks/{id}/members")
	@OrganisationScoped
	@Operation(summary = "Bjud in en organisation (ägarens administratör)", description = "{organisationCode}")
	ResponseEntity<MemberBody> invite(@PathVariable long id, @RequestBody InviteRequest request) {
		NetworkMember member = this.networks.invite(id, request.organisationCode());
		return ResponseEntity.created(URI.create("/api/v1/networks/" + id)).body(MemberBody.of(member));
	}

	@PutMapping("/api/v1/networks/{id}/consent")
	@OrganisationScoped
	@Operation(summary = "Samtyck (true) eller avböj/återkalla (false) för din organisation",
			description = "{consent, organisationCode?}: organisationCode (i kroppen eller som frågeparameter) anger vilken organisation som svarar och krävs när du är administratör i flera organisationer i nätverket. Ett återkallat samtycke gäller genast överallt.")
	MemberBody consent(@PathVariable long id, @RequestBody ConsentRequest request,
			@RequestParam(name = "organisationCode", required = false) @Nullable String organisationCode) {
		String code = request.organisationCode() != null ? request.organisationCode() : organisationCode;
		return MemberBody.of(this.networks.consent(id, request.consent(), code));
	}

	@PostMapping("/api/v1/networks/{id}/coordinators")
	@OrganisationScoped
	@Operation(summary = "Ge en regional samordnare läsrätt (ägarens administratör)", description = "{username}")
	ResponseEntity<CoordinatorBody> coordinator(@PathVariable long id, @RequestBody CoordinatorRequest request) {
		String name = this.networks.addCoordinator(id, request.username());
		return ResponseEntity.created(URI.create("/api/v1/networks/" + id))
			.body(new CoordinatorBody(request.username() == null ? "" : request.username().strip(), name));
	}

}
