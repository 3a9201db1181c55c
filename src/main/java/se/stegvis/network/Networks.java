package se.stegvis.network;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.stegvis.account.AccountSummary;
import se.stegvis.account.AuditLog;
import se.stegvis.account.CurrentUser;
import se.stegvis.account.CurrentUsers;
import se.stegvis.account.Role;
import se.stegvis.account.TenantGuard;
import se.stegvis.account.UserAccounts;
import se.stegvis.network.internal.NetworkRows;
import se.stegvis.network.internal.NetworkRows.MemberRow;
import se.stegvis.network.internal.NetworkRows.NetworkRow;
import se.stegvis.organisation.Organisation;
import se.stegvis.organisation.OrganisationCatalog;
import se.stegvis.web.NotFoundException;
import se.stegvis.web.SwedishOrder;

/**
 * Networks, invitations, consent and coordinators (DESIGN.md §3, §5 "Networks"), with the tenant rules: someone
 * who is neither a member of an organisation in the network nor one of its coordinators gets
 * {@link NotFoundException} (404), as if it did not exist; a member in a role that may not act gets
 * {@link AccessDeniedException} (403); refused input throws {@link InvalidNetworkInputException} and changes
 * nothing. Every change is written to the audit trail in the same transaction.
 */
@Service
@Transactional
public class Networks {

	/** The longest network name. */
	public static final int MAX_NAME = 200;

	private final NetworkRows rows;

	private final CurrentUsers users;

	private final TenantGuard guard;

	private final UserAccounts accounts;

	private final OrganisationCatalog organisations;

	private final AuditLog audit;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	Networks(NetworkRows rows, CurrentUsers users, TenantGuard guard, UserAccounts accounts,
			OrganisationCatalog organisations, AuditLog audit, MessageSource messages, ApplicationEventPublisher events) {
		this.rows = rows;
		this.users = users;
		this.guard = guard;
		this.accounts = accounts;
		this.organisations = organisations;
		this.audit = audit;
		this.messages = messages;
		this.events = events;
	}

	/**
	 * Creates a network owned by an organisation where the caller is org admin; the owner is its first member
	 * and consents (creating a network to compare by name is that organisation's consent; it may withdraw).
	 *
	 * @param organisationCode the owner; may be null when the caller is org admin of exactly one organisation
	 * @throws NotFoundException when the caller is not a member of the named organisation
	 * @throws AccessDeniedException when the caller is org admin nowhere, or not of the named organisation
	 */
	public Network create(@Nullable String name, @Nullable String organisationCode) {
		CurrentUser user = this.users.require();
		String owner;
		if (organisationCode == null || organisationCode.isBlank()) {
			List<String> administered = user.administeredOrganisations();
			if (administered.isEmpty()) {
				throw new AccessDeniedException(text("network.create.forbidden"));
			}
			if (administered.size() > 1) {
				throw InvalidNetworkInputException.of("organisationCode", "network.organisation.choose");
			}
			owner = administered.get(0);
		}
		else {
			owner = organisationCode.strip();
			this.guard.requireRole(owner, Role.ORG_ADMIN);
		}
		String trimmed = name == null ? "" : name.strip();
		if (trimmed.isEmpty()) {
			throw InvalidNetworkInputException.of("name", "network.name.required");
		}
		if (trimmed.length() > MAX_NAME) {
			throw InvalidNetworkInputException.of("name", "network.name.tooLong", MAX_NAME);
		}
		Instant now = Instant.now();
		long id = this.rows.insert(trimmed, owner, now);
		addMember(id, owner, MemberState.CONSENTED, now);
		this.audit.record(owner, user.asActor(), "network.created", subject(id), null, trimmed);
		return network(this.rows.find(id).orElseThrow());
	}

	/**
	 * What the caller may see of a network.
	 * @throws NotFoundException for an unknown network or someone with no part in it
	 */
	@Transactional(readOnly = true)
	public NetworkAccess read(long id) {
		CurrentUser user = this.users.require();
		NetworkRow row = this.rows.find(id).orElseThrow(this::notFound);
		List<MemberRow> members = this.rows.members(id);
		List<NetworkMember> own = sorted(members.stream().filter((m) -> user.isMember(m.organisationCode())).toList());
		boolean coordinator = this.rows.isCoordinator(id, user.id());
		if (own.isEmpty() && !coordinator) {
			throw notFound();
		}
		boolean figures = coordinator || own.stream().anyMatch(NetworkMember::consents);
		boolean manager = user.hasRole(row.ownerOrganisationCode(), Role.ORG_ADMIN);
		List<NetworkMember> all = sorted(members);
		List<NetworkMember> consenting = figures ? all.stream().filter(NetworkMember::consents).toList() : List.of();
		List<NetworkMember> notConsenting = manager ? all.stream().filter((m) -> !m.consents()).toList() : List.of();
		List<String> coordinators = manager ? this.rows.coordinatorUsernames(id)
			.stream()
			.map((username) -> this.accounts.find(username).map(AccountSummary::displayName).orElse(username))
			.sorted(SwedishOrder.comparator())
			.toList() : List.of();
		return new NetworkAccess(network(row), figures, manager, coordinator, own, consenting, notConsenting,
				coordinators);
	}

	/** The networks the caller has a part in (through any of their organisations, or as coordinator), by name. */
	@Transactional(readOnly = true)
	public List<NetworkOverview> mine() {
		CurrentUser user = this.users.require();
		List<String> codes = user.memberships().stream().map((m) -> m.organisationCode()).toList();
		Map<Long, List<MemberRow>> own = new LinkedHashMap<>();
		this.rows.membershipsOf(codes).forEach((m) -> own.computeIfAbsent(m.networkId(), (x) -> new ArrayList<>()).add(m));
		List<Long> coordinated = this.rows.coordinatedBy(user.id());
		List<Long> ids = new ArrayList<>(own.keySet());
		coordinated.stream().filter((id) -> !ids.contains(id)).forEach(ids::add);
		return overviews(ids, own, coordinated);
	}

	/**
	 * The networks of one organisation (any state), with its own state, by name. Any member of the organisation.
	 * @throws NotFoundException for a non-member
	 */
	@Transactional(readOnly = true)
	public List<NetworkOverview> ofOrganisation(String organisationCode) {
		this.guard.requireMember(organisationCode);
		Map<Long, List<MemberRow>> own = new LinkedHashMap<>();
		this.rows.membershipsOf(List.of(organisationCode))
			.forEach((m) -> own.computeIfAbsent(m.networkId(), (x) -> new ArrayList<>()).add(m));
		return overviews(new ArrayList<>(own.keySet()), own, List.of());
	}

	/**
	 * Invites an organisation. Org admins of the owner.
	 * @throws InvalidNetworkInputException for a missing or unknown organisation (400) or one already in the
	 *     network, whatever its state (409)
	 */
	public NetworkMember invite(long id, @Nullable String organisationCode) {
		CurrentUser user = this.users.require();
		NetworkRow row = requireManager(id, user);
		String code = organisationCode == null ? "" : organisationCode.strip();
		if (code.isEmpty()) {
			throw InvalidNetworkInputException.of("organisationCode", "network.organisation.required");
		}
		Organisation organisation = this.organisations.findByCode(code)
			.orElseThrow(() -> InvalidNetworkInputException.of("organisationCode", "network.organisation.unknown", code));
		if (this.rows.members(id).stream().anyMatch((m) -> m.organisationCode().equals(code))) {
			throw InvalidNetworkInputException.conflict("organisationCode", "network.organisation.alreadyMember",
					organisation.name());
		}
		Instant now = Instant.now();
		addMember(id, code, MemberState.INVITED, now);
		this.audit.record(row.ownerOrganisationCode(), user.asActor(), "network.member-invited", subject(id), null, code);
		this.audit.record(code, user.asActor(), "network.invitation-received", subject(id), null,
				row.ownerOrganisationCode());
		return new NetworkMember(code, organisation.name(), MemberState.INVITED, now, now);
	}

	/**
	 * Consents (true) or declines / withdraws (false) for one of the caller's organisations in the network; takes
	 * effect at once everywhere. Org admins of that organisation.
	 *
	 * @param organisationCode which of the caller's organisations answers; may be null when the caller is org
	 *     admin of exactly one organisation in the network
	 * @throws NotFoundException when the network is unknown, the caller has no organisation in it, or the named
	 *     organisation is not the caller's member organisation in it
	 * @throws AccessDeniedException when the caller is not org admin of the organisation that answers
	 * @throws InvalidNetworkInputException when {@code consent} is missing, or the organisation is ambiguous
	 */
	public NetworkMember consent(long id, @Nullable Boolean consent, @Nullable String organisationCode) {
		CurrentUser user = this.users.require();
		this.rows.find(id).orElseThrow(this::notFound);
		List<MemberRow> members = this.rows.members(id);
		List<MemberRow> own = members.stream().filter((m) -> user.isMember(m.organisationCode())).toList();
		MemberRow answering;
		if (organisationCode != null && !organisationCode.isBlank()) {
			String code = organisationCode.strip();
			answering = own.stream().filter((m) -> m.organisationCode().equals(code)).findFirst().orElse(null);
			if (answering == null) {
				if (own.isEmpty() && !this.rows.isCoordinator(id, user.id())) {
					throw notFound();
				}
				throw InvalidNetworkInputException.of("organisationCode", "network.organisation.notMember", code);
			}
			this.guard.requireRole(code, Role.ORG_ADMIN);
		}
		else {
			if (own.isEmpty()) {
				if (this.rows.isCoordinator(id, user.id())) {
					throw new AccessDeniedException(text("network.consent.forbidden"));
				}
				throw notFound();
			}
			List<MemberRow> administered = own.stream()
				.filter((m) -> user.hasRole(m.organisationCode(), Role.ORG_ADMIN))
				.toList();
			if (administered.isEmpty()) {
				throw new AccessDeniedException(text("network.consent.forbidden"));
			}
			if (administered.size() > 1) {
				throw InvalidNetworkInputException.of("organisationCode", "network.organisation.choose");
			}
			answering = administered.get(0);
		}
		if (consent == null) {
			throw InvalidNetworkInputException.of("consent", "network.consent.required");
		}
		MemberState next = answering.state().answer(consent);
		Instant now = Instant.now();
		if (next != answering.state()) {
			changeState(id, answering.organisationCode(), next, now);
			this.audit.record(answering.organisationCode(), user.asActor(), "network.consent-" + next.name().toLowerCase(
					java.util.Locale.ROOT), subject(id), answering.state().name(), next.name());
		}
		return new NetworkMember(answering.organisationCode(), name(answering.organisationCode()), next,
				answering.invitedAt(), next != answering.state() ? now : answering.changedAt());
	}

	/**
	 * Gives a regional coordinator read access. Org admins of the owner.
	 * @throws InvalidNetworkInputException when the username is missing, unknown, not a regional coordinator of
	 *     any organisation (400), or already a coordinator of the network (409)
	 */
	public String addCoordinator(long id, @Nullable String username) {
		CurrentUser user = this.users.require();
		NetworkRow row = requireManager(id, user);
		String name = username == null ? "" : username.strip();
		if (name.isEmpty()) {
			throw InvalidNetworkInputException.of("username", "network.coordinator.required");
		}
		AccountSummary account = this.accounts.find(name)
			.orElseThrow(() -> InvalidNetworkInputException.of("username", "network.coordinator.unknown", name));
		if (account.memberships().stream().noneMatch((m) -> m.role() == Role.REGIONAL_COORDINATOR)) {
			throw InvalidNetworkInputException.of("username", "network.coordinator.notCoordinator", account.displayName());
		}
		if (this.rows.isCoordinator(id, account.id())) {
			throw InvalidNetworkInputException.conflict("username", "network.coordinator.already", account.displayName());
		}
		this.rows.insertCoordinator(id, account.id(), account.username(), Instant.now());
		this.audit.record(row.ownerOrganisationCode(), user.asActor(), "network.coordinator-added",
				AuditLog.userSubject(account.id()), null, subject(id));
		return account.displayName();
	}

	/**
	 * The networks in which the organisation consents, each with every consenting member's code. No access check:
	 * for the summary of a round the caller may already read. Read afresh on every call, never cached.
	 */
	@Transactional(readOnly = true)
	public List<ConsentingNetwork> consentingNetworksOf(String organisationCode) {
		List<Long> ids = this.rows.membershipsOf(List.of(organisationCode))
			.stream()
			.filter((m) -> m.state() == MemberState.CONSENTED)
			.map(MemberRow::networkId)
			.toList();
		return this.rows.findAll(ids)
			.stream()
			.map((n) -> new ConsentingNetwork(n.id(), n.name(), this.rows.members(n.id())
				.stream()
				.filter((m) -> m.state() == MemberState.CONSENTED)
				.map(MemberRow::organisationCode)
				.sorted()
				.toList()))
			.sorted(Comparator.comparing(ConsentingNetwork::name, SwedishOrder.comparator()))
			.toList();
	}

	/** Creates a network without a caller, with members in the given states: for demo data only. */
	public long provision(String name, String ownerOrganisationCode, Map<String, MemberState> members) {
		Instant now = Instant.now();
		long id = this.rows.insert(name, ownerOrganisationCode, now);
		addMember(id, ownerOrganisationCode, MemberState.CONSENTED, now);
		members.forEach((code, state) -> {
			if (!code.equals(ownerOrganisationCode)) {
				addMember(id, code, state, now);
			}
		});
		this.audit.record(ownerOrganisationCode, se.stegvis.account.AuditActor.system(), "network.created", subject(id),
				null, name);
		return id;
	}

	/** Gives a coordinator read access without a caller: for demo data only. */
	public void provisionCoordinator(long id, String username) {
		AccountSummary account = this.accounts.find(username).orElseThrow();
		if (!this.rows.isCoordinator(id, account.id())) {
			this.rows.insertCoordinator(id, account.id(), account.username(), Instant.now());
		}
	}

	/** Finds a network by id without access check (demo data). */
	@Transactional(readOnly = true)
	public Optional<Network> findWithoutAccessCheck(long id) {
		return this.rows.find(id).map(this::network);
	}

	/** Every change of a network's members goes through here or {@link #changeState}, which tell the caches. */
	private void addMember(long id, String organisationCode, MemberState state, Instant now) {
		this.rows.insertMember(id, organisationCode, state, now);
		this.events.publishEvent(new NetworkMembersChanged(id, organisationCode));
	}

	private void changeState(long id, String organisationCode, MemberState state, Instant now) {
		this.rows.updateState(id, organisationCode, state, now);
		this.events.publishEvent(new NetworkMembersChanged(id, organisationCode));
	}

	private NetworkRow requireManager(long id, CurrentUser user) {
		NetworkRow row = this.rows.find(id).orElseThrow(this::notFound);
		boolean involved = this.rows.members(id).stream().anyMatch((m) -> user.isMember(m.organisationCode()))
				|| this.rows.isCoordinator(id, user.id());
		if (!involved) {
			throw notFound();
		}
		if (!user.hasRole(row.ownerOrganisationCode(), Role.ORG_ADMIN)) {
			throw new AccessDeniedException(text("network.manage.forbidden"));
		}
		return row;
	}

	private List<NetworkOverview> overviews(List<Long> ids, Map<Long, List<MemberRow>> own, List<Long> coordinated) {
		return this.rows.findAll(ids)
			.stream()
			.map((n) -> new NetworkOverview(network(n), sorted(own.getOrDefault(n.id(), List.of())),
					coordinated.contains(n.id())))
			.sorted(Comparator.comparing((NetworkOverview o) -> o.network().name(), SwedishOrder.comparator()))
			.toList();
	}

	private List<NetworkMember> sorted(List<MemberRow> rows) {
		return rows.stream()
			.map((m) -> new NetworkMember(m.organisationCode(), name(m.organisationCode()), m.state(), m.invitedAt(),
					m.changedAt()))
			.sorted(Comparator.comparing(NetworkMember::organisationName, SwedishOrder.comparator()))
			.toList();
	}

	private Network network(NetworkRow row) {
		return new Network(row.id(), row.name(), row.ownerOrganisationCode(), name(row.ownerOrganisationCode()),
				row.createdAt());
	}

	private String name(String organisationCode) {
		return this.organisations.name(organisationCode).orElse(organisationCode);
	}

	private static String subject(long id) {
		return "network:" + id;
	}

	private NotFoundException notFound() {
		return new NotFoundException(text("network.notFound"));
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
