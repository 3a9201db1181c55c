package se.stegvis.assessment.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import se.stegvis.account.CurrentUser;
import se.stegvis.account.Role;
import se.stegvis.account.TenantGuard;
import se.stegvis.assessment.Round;
import se.stegvis.assessment.RoundCompletedException;
import se.stegvis.assessment.RoundProgress;
import se.stegvis.assessment.RoundStatus;
import se.stegvis.assessment.RoundView;
import se.stegvis.assessment.Unit;
import se.stegvis.model.AssessmentModel;
import se.stegvis.model.Indicator;
import se.stegvis.model.ModelCatalog;
import se.stegvis.scoring.Targets;
import se.stegvis.web.NotFoundException;

/**
 * Loads a round with its model and applies the tenant rule: an unknown round and a round of an organisation
 * the caller is not a member of both answer 404; a member in another role 403.
 */
@Component
public class RoundAccess {

	/** The most completed rounds' views kept; emptied when full. */
	static final int MAX_COMPLETED_VIEWS = 5_000;

	private final RoundRows rounds;

	private final AnswerRows answers;

	private final UnitTree units;

	private final ModelCatalog models;

	private final TenantGuard guard;

	private final MessageSource messages;

	private final ConcurrentMap<CompletedKey, RoundView> completedViews = new ConcurrentHashMap<>();

	RoundAccess(RoundRows rounds, AnswerRows answers, UnitTree units, ModelCatalog models, TenantGuard guard,
			MessageSource messages) {
		this.rounds = rounds;
		this.answers = answers;
		this.units = units;
		this.models = models;
		this.guard = guard;
		this.messages = messages;
	}

	/**
	 * A round loaded for one caller. The model and the full view (with progress and unit) are loaded on first
	 * use, so that a single save reads no more than it needs.
	 */
	public final class Loaded {

		private final RoundRows.Row row;

		private final CurrentUser user;

		private @Nullable AssessmentModel model;

		private @Nullable RoundView view;

		private Loaded(RoundRows.Row row, CurrentUser user) {
			this.row = row;
			this.user = user;
		}

		public RoundRows.Row row() {
			return this.row;
		}

		public CurrentUser user() {
			return this.user;
		}

		public RoundView view() {
			if (this.view == null) {
				this.view = RoundAccess.this.view(this.row, model());
			}
			return this.view;
		}

		public long id() {
			return this.row.id();
		}

		public AssessmentModel model() {
			if (this.model == null) {
				this.model = this.view != null ? this.view.model() : RoundAccess.this.model(this.row);
			}
			return this.model;
		}

		public String organisationCode() {
			return this.row.organisationCode();
		}

		/** The audit subject of the round. */
		public String subject() {
			return "assessment:" + this.row.id();
		}

	}

	/** The round, for any member of its organisation. */
	public Loaded member(long id) {
		RoundRows.Row row = row(id);
		CurrentUser user = this.guard.requireMember(row.organisationCode());
		return new Loaded(row, user);
	}

	/** The round, for a member of its organisation in one of the roles. */
	public Loaded withRole(long id, Role... roles) {
		RoundRows.Row row = row(id);
		CurrentUser user = this.guard.requireRole(row.organisationCode(), roles);
		return new Loaded(row, user);
	}

	/** Like {@link #withRole}, and the round must not be COMPLETED (409). */
	public Loaded open(long id, Role... roles) {
		Loaded loaded = withRole(id, roles);
		if (loaded.row().status() == se.stegvis.assessment.RoundStatus.COMPLETED) {
			throw new RoundCompletedException(id, text("assessment.completed"));
		}
		return loaded;
	}

	/** The round without any access check, for server-side use (comparisons). */
	public RoundView unchecked(long id) {
		return view(row(id));
	}

	public RoundRows.Row row(long id) {
		return this.rounds.find(id).orElseThrow(() -> new NotFoundException(text("assessment.notFound", id)));
	}

	/** A message of the {@code assessment} bundle in the caller's language. */
	public String text(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	public RoundView view(RoundRows.Row row) {
		return view(row, model(row));
	}

	private AssessmentModel model(RoundRows.Row row) {
		return this.models.find(row.modelKey(), row.modelVersion())
			.orElseThrow(() -> new IllegalStateException("Round " + row.id() + " uses a missing model"));
	}

	/**
	 * The view of a round. A completed round's answers, consensus and target overrides cannot change until a reopen,
	 * which changes its row (status, completion time), so its view is kept by its row and unit name: reading a
	 * completed round (summaries, exports) then costs the row alone.
	 */
	private RoundView view(RoundRows.Row row, AssessmentModel model) {
		@Nullable String unitName = unitName(row);
		if (row.status() != RoundStatus.COMPLETED) {
			return build(row, unitName, model);
		}
		CompletedKey key = new CompletedKey(row, unitName, model.key(), model.version().toString());
		RoundView kept = this.completedViews.get(key);
		if (kept != null) {
			return kept;
		}
		RoundView view = build(row, unitName, model);
		if (this.completedViews.size() >= MAX_COMPLETED_VIEWS) {
			this.completedViews.clear();
		}
		this.completedViews.put(key, view);
		return view;
	}

	private RoundView build(RoundRows.Row row, @Nullable String unitName, AssessmentModel model) {
		Set<String> areas = new HashSet<>(row.areas());
		List<Indicator> indicators = model.indicators().stream().filter((i) -> areas.contains(i.area())).toList();
		Targets targets = Targets.of(model.scoringScale(), row.targetLevel(), this.rounds.overrides(row.id()));
		return new RoundView(round(row, unitName, indicators.size()), model, targets, indicators);
	}

	private @Nullable String unitName(RoundRows.Row row) {
		return row.unitId() == null ? null
				: this.units.find(row.organisationCode(), row.unitId()).map(Unit::label).orElse(null);
	}

	private Round round(RoundRows.Row row, @Nullable String unitName, int total) {
		int answered = this.answers.answeredIndicators(row.id());
		return new Round(row.id(), row.organisationCode(), row.unitId(), unitName, row.modelKey(),
				row.modelVersion(), row.title(), row.period(), row.mode(), row.status(), row.areas(), row.published(),
				row.prefilled(), row.createdAt(), row.startedAt(), row.completedAt(), row.firstCompletedAt(),
				new RoundProgress(Math.min(answered, total), total));
	}

	/** A completed round as its row and unit name say now, and the model version its view was built from. */
	private record CompletedKey(RoundRows.Row row, @Nullable String unitName, String modelKey, String modelVersion) {
	}

}
