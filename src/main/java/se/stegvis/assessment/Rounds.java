package se.stegvis.assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import se.stegvis.account.AuditLog;
import se.stegvis.account.CurrentUser;
import se.stegvis.account.Role;
import se.stegvis.account.TenantGuard;
import se.stegvis.assessment.InvalidRoundInputException.Problem;
import se.stegvis.assessment.internal.Prefill;
import se.stegvis.assessment.internal.RoundAccess;
import se.stegvis.assessment.internal.RoundRows;
import se.stegvis.assessment.internal.TargetChecks;
import se.stegvis.assessment.internal.UnitTree;
import se.stegvis.model.Area;
import se.stegvis.model.AssessmentModel;
import se.stegvis.model.ModelCatalog;
import se.stegvis.model.ModelState;
import se.stegvis.model.SemanticVersion;

/**
 * Starting, listing and reading rounds. Tenant rule on every method: an unknown round or one of an
 * organisation the caller is not a member of is {@link se.stegvis.web.NotFoundException} (404); a member in
 * a role that may not is {@link org.springframework.security.access.AccessDeniedException} (403).
 */
@Service
@Transactional
public class Rounds {

	/** The longest title. */
	public static final int MAX_TITLE = 200;

	/** The longest period text. */
	public static final int MAX_PERIOD = 100;

	private final RoundRows rows;

	private final RoundAccess access;

	private final ModelCatalog models;

	private final UnitTree units;

	private final TargetChecks targetChecks;

	private final Prefill prefill;

	private final TenantGuard guard;

	private final AuditLog audit;

	Rounds(RoundRows rows, RoundAccess access, ModelCatalog models, UnitTree units, TargetChecks targetChecks,
			Prefill prefill, TenantGuard guard, AuditLog audit) {
		this.rows = rows;
		this.access = access;
		this.models = models;
		this.units = units;
		this.targetChecks = targetChecks;
		this.prefill = prefill;
		this.guard = guard;
		this.audit = audit;
	}

	/**
	 * Starts a round (status DRAFT). Org admin of {@code command.organisationCode()}.
	 * @return the new round, with answers carried over when {@code prefill} was asked and a previous
	 *     completed round exists (GROUP mode; see docs/assessment.md)
	 * @throws InvalidRoundInputException naming every refused field: {@code modelKey}, {@code modelVersion}
	 *     (not a published version), {@code title}, {@code period}, {@code mode}, {@code unitId},
	 *     {@code areas[i]}, {@code targets.level}, {@code targets.overrides[i].…}; nothing is saved
	 */
	public Round start(StartRound command) {
		CurrentUser user = this.guard.requireRole(command.organisationCode(), Role.ORG_ADMIN);
		List<Problem> problems = new ArrayList<>();
		AssessmentModel model = model(command, problems);
		String title = command.title() == null ? "" : command.title().strip();
		if (title.isEmpty()) {
			problems.add(Problem.of("title", "assessment.input.title.required"));
		}
		else if (title.length() > MAX_TITLE) {
			problems.add(Problem.of("title", "assessment.input.title.tooLong", MAX_TITLE));
		}
		String period = command.period() == null || command.period().isBlank() ? null : command.period().strip();
		if (period != null && period.length() > MAX_PERIOD) {
			problems.add(Problem.of("period", "assessment.input.period.tooLong", MAX_PERIOD));
		}
		if (command.mode() == null) {
			problems.add(Problem.of("mode", "assessment.input.mode.required"));
		}
		if (command.unitId() != null && this.units.find(command.organisationCode(), command.unitId()).isEmpty()) {
			problems.add(Problem.of("unitId", "assessment.input.unit.unknown"));
		}
		List<String> areas = model == null ? List.of() : areas(model, command.areas(), problems);
		TargetChecks.Checked targets = model == null ? new TargetChecks.Checked(null, List.of())
				: this.targetChecks.check(model, command.targets(), "targets.", problems);
		if (!problems.isEmpty() || model == null || command.mode() == null) {
			throw new InvalidRoundInputException(problems);
		}
		Instant now = Instant.now();
		boolean published = command.published() == null || command.published();
		long id = this.rows.insert(command.organisationCode(), command.unitId(), model.key(), model.version().toString(),
				title, period, command.mode(), published, false, areas, targets.level(), now, user.id());
		if (!targets.overrides().isEmpty()) {
			this.rows.setTargets(id, targets.level(), targets.overrides());
		}
		this.audit.record(command.organisationCode(), user.asActor(), "assessment.created", "assessment:" + id, null, title);
		if (command.prefill()) {
			int carried = this.prefill.prefill(this.access.view(this.rows.find(id).orElseThrow()), now);
			if (carried > 0) {
				this.rows.markPrefilled(id);
				this.audit.record(command.organisationCode(), user.asActor(), "assessment.prefilled", "assessment:" + id,
						null, String.valueOf(carried));
			}
		}
		return this.access.view(this.rows.find(id).orElseThrow()).round();
	}

	/** The rounds of an organisation (and its units), newest first. Any member. */
	@Transactional(readOnly = true)
	public List<Round> list(String organisationCode) {
		this.guard.requireMember(organisationCode);
		return this.rows.ofOrganisation(organisationCode).stream().map((r) -> this.access.view(r).round()).toList();
	}

	/**
	 * One round with its model, targets and indicators. Any member. Joins the caller's transaction but starts none:
	 * its reads are single statements, which a transaction of their own would only add a COMMIT to (summaries ask
	 * on every request).
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public RoundView get(long id) {
		return this.access.member(id).view();
	}

	private AssessmentModel model(StartRound command, List<Problem> problems) {
		if (command.modelKey() == null || command.modelKey().isBlank()) {
			problems.add(Problem.of("modelKey", "assessment.input.model.required"));
			return null;
		}
		if (command.modelVersion() == null || command.modelVersion().isBlank()) {
			AssessmentModel latest = this.models.latestPublished(command.modelKey()).orElse(null);
			if (latest == null) {
				problems.add(Problem.of("modelKey", "assessment.input.model.unknown", command.modelKey()));
			}
			return latest;
		}
		SemanticVersion version = SemanticVersion.parse(command.modelVersion()).orElse(null);
		boolean published = version != null && this.models.info(command.modelKey(), version)
			.map((info) -> info.state() == ModelState.PUBLISHED)
			.orElse(false);
		if (!published) {
			problems.add(Problem.of("modelVersion", "assessment.input.modelVersion.unknown", command.modelVersion()));
			return null;
		}
		return this.models.find(command.modelKey(), version).orElse(null);
	}

	private static List<String> areas(AssessmentModel model, java.util.@org.jspecify.annotations.Nullable List<String> chosen,
			List<Problem> problems) {
		if (chosen == null || chosen.isEmpty()) {
			return model.areas().stream().map(Area::key).toList();
		}
		Set<String> wanted = new HashSet<>();
		for (int i = 0; i < chosen.size(); i++) {
			String key = chosen.get(i);
			if (key == null || model.area(key).isEmpty()) {
				problems.add(Problem.of("areas[" + i + "]", "assessment.input.area.unknown", String.valueOf(key)));
			}
			else {
				wanted.add(key);
			}
		}
		return model.areas().stream().map(Area::key).filter(wanted::contains).toList();
	}

}
