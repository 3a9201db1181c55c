package se.stegvis.assessment;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.stegvis.account.AuditLog;
import se.stegvis.account.CurrentUser;
import se.stegvis.account.Role;
import se.stegvis.account.TenantGuard;
import se.stegvis.assessment.internal.UnitRows;
import se.stegvis.assessment.internal.UnitTree;

/**
 * An organisation's units (organisation tree: förvaltning → enhet). Every member reads them; org admins
 * add them. Non-members get {@link se.stegvis.web.NotFoundException} (404), other roles
 * {@link org.springframework.security.access.AccessDeniedException} (403).
 */
@Service
@Transactional
public class Units {

	/** The longest unit name. */
	public static final int MAX_NAME = 200;

	private final UnitRows rows;

	private final UnitTree tree;

	private final TenantGuard guard;

	private final AuditLog audit;

	Units(UnitRows rows, UnitTree tree, TenantGuard guard, AuditLog audit) {
		this.rows = rows;
		this.tree = tree;
		this.guard = guard;
		this.audit = audit;
	}

	/** Every unit, each förvaltning followed by its enheter, in Swedish order. Any member. */
	@Transactional(readOnly = true)
	public List<Unit> list(String organisationCode) {
		this.guard.requireMember(organisationCode);
		return this.tree.of(organisationCode);
	}

	/**
	 * Adds a förvaltning (parentId null) or an enhet under a förvaltning. Org admin.
	 * @throws InvalidRoundInputException naming {@code name} (blank, over {@value #MAX_NAME} characters, or
	 *     taken under the same parent) or {@code parentId} (not a förvaltning of this organisation)
	 */
	public Unit add(String organisationCode, @Nullable String name, @Nullable Long parentId) {
		CurrentUser user = this.guard.requireRole(organisationCode, Role.ORG_ADMIN);
		List<Unit> existing = this.tree.of(organisationCode);
		List<InvalidRoundInputException.Problem> problems = new java.util.ArrayList<>();
		String trimmed = name == null ? "" : name.strip();
		if (trimmed.isEmpty()) {
			problems.add(InvalidRoundInputException.Problem.of("name", "assessment.unit.name.required"));
		}
		else if (trimmed.length() > MAX_NAME) {
			problems.add(InvalidRoundInputException.Problem.of("name", "assessment.unit.name.tooLong", MAX_NAME));
		}
		if (parentId != null && existing.stream().noneMatch((u) -> u.id() == parentId && u.parentId() == null)) {
			problems.add(InvalidRoundInputException.Problem.of("parentId", "assessment.unit.parent.unknown"));
		}
		if (!trimmed.isEmpty() && existing.stream()
			.anyMatch((u) -> java.util.Objects.equals(u.parentId(), parentId) && u.name().equalsIgnoreCase(trimmed))) {
			problems.add(InvalidRoundInputException.Problem.of("name", "assessment.unit.name.taken", trimmed));
		}
		if (!problems.isEmpty()) {
			throw new InvalidRoundInputException(problems);
		}
		long id = this.rows.insert(organisationCode, parentId, trimmed, Instant.now());
		Unit unit = this.tree.find(organisationCode, id).orElseThrow();
		this.audit.record(organisationCode, user.asActor(), "assessment.unit-added", "unit:" + id, null, unit.label());
		return unit;
	}

}
