package se.stegvis.summary;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import se.stegvis.organisation.Organisation;
import se.stegvis.organisation.OrganisationCatalog;
import se.stegvis.organisation.OrganisationFilter;
import se.stegvis.scoring.ComparisonPolicy;
import se.stegvis.summary.internal.ScoreRows;

/**
 * The comparison groups of an organisation (DESIGN.md §3) from the stored scores. Figures are cached per model
 * key and major version and rebuilt when the stored revision changes (any node completing, reopening or
 * changing publication of a round raises it) or after {@link #MAX_AGE}, so that the window keeps moving; a
 * request costs one revision lookup while nothing changes.
 */
@Service
@Transactional(readOnly = true)
public class Comparisons {

	/** The longest a cached snapshot is used, even when nothing changed (the window moves with time). */
	public static final Duration MAX_AGE = Duration.ofMinutes(10);

	private final ScoreRows rows;

	private final OrganisationCatalog organisations;

	private final MessageSource messages;

	private final ComparisonPolicy policy;

	private final int windowMonths;

	private final ConcurrentMap<String, Snapshot> snapshots = new ConcurrentHashMap<>();

	private final ConcurrentMap<String, Object> building = new ConcurrentHashMap<>();

	Comparisons(ScoreRows rows, OrganisationCatalog organisations, MessageSource messages,
			@Value("${stegvis.comparison.k:" + ComparisonPolicy.DEFAULT_K + "}") int k,
			@Value("${stegvis.comparison.window-months:36}") int windowMonths) {
		this.rows = rows;
		this.organisations = organisations;
		this.messages = messages;
		this.policy = ComparisonPolicy.anonymousGroup(Math.max(k, ComparisonPolicy.MIN_K));
		this.windowMonths = windowMonths;
	}

	/** The k anonymous entries need. */
	public int k() {
		return this.policy.k();
	}

	/** The comparison window in months. */
	public int windowMonths() {
		return this.windowMonths;
	}

	/**
	 * Every anonymous group the organisation belongs to, in the order national, region, municipality group,
	 * main group (those without a code for the organisation are left out), labelled in the reader's language.
	 */
	public List<Comparison> forOrganisation(String organisationCode, String modelKey, int modelMajor) {
		return forOrganisation(organisationCode, modelKey, modelMajor, this.rows.revision());
	}

	/**
	 * Like {@link #forOrganisation(String, String, int)}, for a caller that has just read the stored revision
	 * ({@link ScoreStorage#revision()}), so that a request reads it once.
	 */
	public List<Comparison> forOrganisation(String organisationCode, String modelKey, int modelMajor, long revision) {
		Snapshot snapshot = snapshot(modelKey, modelMajor, revision);
		List<Comparison> comparisons = new ArrayList<>();
		for (ComparisonScope scope : ComparisonScope.values()) {
			if (!scope.anonymous()) {
				continue;
			}
			of(snapshot, scope, organisationCode).ifPresent(comparisons::add);
		}
		return comparisons;
	}

	/**
	 * One anonymous group of the organisation; empty when the organisation has no such group (a region has no
	 * municipality group), and always for {@link ComparisonScope#NETWORK} (see {@link #network}).
	 */
	public Optional<Comparison> of(ComparisonScope scope, String organisationCode, String modelKey, int modelMajor) {
		if (!scope.anonymous()) {
			return Optional.empty();
		}
		return of(snapshot(modelKey, modelMajor), scope, organisationCode);
	}

	/**
	 * A network's figures over exactly the given consenting members, each with its counted round (as every group
	 * counts: latest completed, published, organisation-level round in the window), without k. Consent is not
	 * part of the cached snapshot: the caller passes the members it read just now, so a withdrawal shows at once.
	 *
	 * @param memberCodes the consenting members; nobody else is counted
	 */
	public Comparison network(long networkId, String name, Collection<String> memberCodes, String modelKey,
			int modelMajor) {
		return network(networkId, name, memberCodes, modelKey, modelMajor, this.rows.revision());
	}

	/** Like {@link #network(long, String, Collection, String, int)}, for a caller that has just read the revision. */
	public Comparison network(long networkId, String name, Collection<String> memberCodes, String modelKey,
			int modelMajor, long revision) {
		Snapshot snapshot = snapshot(modelKey, modelMajor, revision);
		Set<String> members = Set.copyOf(memberCodes);
		return ComparisonSelection.compare(ComparisonScope.NETWORK, String.valueOf(networkId), name, snapshot.counted(),
				members::contains, ComparisonPolicy.network(), snapshot.builtAt());
	}

	/**
	 * The round each of the given organisations counts with in comparisons of the model key and major version
	 * (latest completed, published, organisation-level round in the window); organisations without one are absent.
	 */
	public Map<String, StoredRound> countedRounds(Collection<String> organisationCodes, String modelKey, int modelMajor) {
		Snapshot snapshot = snapshot(modelKey, modelMajor);
		Map<String, StoredRound> counted = new java.util.LinkedHashMap<>();
		for (String code : organisationCodes) {
			StoredRound round = snapshot.counted().get(code);
			if (round != null) {
				counted.put(code, round);
			}
		}
		return counted;
	}

	private Optional<Comparison> of(Snapshot snapshot, ComparisonScope scope, String organisationCode) {
		Organisation organisation = snapshot.organisations().get(organisationCode);
		if (organisation == null) {
			return Optional.empty();
		}
		String code = groupCode(scope, organisation);
		if (scope != ComparisonScope.NATIONAL && code == null) {
			return Optional.empty();
		}
		Comparison comparison = snapshot.groups().computeIfAbsent(scope + ":" + code, (x) -> ComparisonSelection.compare(
				scope, code, "", snapshot.counted(), member(scope, code, snapshot.organisations()), this.policy,
				snapshot.builtAt()));
		return Optional.of(comparison.withLabel(label(scope, organisation, LocaleContextHolder.getLocale())));
	}

	/**
	 * When the figures of the model key and major version were computed, for the stored revision the caller has
	 * just read: every comparison of the model carries it as {@code computedAt}, and it changes whenever they are
	 * rebuilt (a new revision, or the snapshot grown older than {@link #MAX_AGE}). For caches of views drawn from
	 * the comparisons. Starts no transaction of its own: a fresh snapshot needs no statement, a rebuild one.
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Instant computedAt(String modelKey, int modelMajor, long revision) {
		return snapshot(modelKey, modelMajor, revision).builtAt();
	}

	private Snapshot snapshot(String modelKey, int modelMajor) {
		return snapshot(modelKey, modelMajor, this.rows.revision());
	}

	private Snapshot snapshot(String modelKey, int modelMajor, long revision) {
		String key = modelKey + "@" + modelMajor;
		Snapshot cached = usable(this.snapshots.get(key), revision);
		if (cached != null) {
			return cached;
		}
		// One build per model at a time: after a revision change every concurrent request would otherwise read all
		// stored rounds of the model at once. The others wait and take the snapshot just built.
		synchronized (this.building.computeIfAbsent(key, (k) -> new Object())) {
			cached = usable(this.snapshots.get(key), revision);
			if (cached != null) {
				return cached;
			}
			Instant now = Instant.now();
			Map<String, Organisation> organisations = this.organisations.search(OrganisationFilter.all())
				.stream()
				.collect(Collectors.toMap(Organisation::code, Function.identity()));
			Snapshot built = new Snapshot(revision, now, ComparisonSelection.latestPerOrganisation(
					this.rows.ofModel(modelKey, modelMajor), modelKey, modelMajor,
					ComparisonSelection.windowStart(now, this.windowMonths)), organisations, new ConcurrentHashMap<>());
			this.snapshots.put(key, built);
			return built;
		}
	}

	/** The snapshot when it was built for the revision and is younger than {@link #MAX_AGE}; else null. */
	private static @Nullable Snapshot usable(@Nullable Snapshot snapshot, long revision) {
		return snapshot != null && snapshot.revision() == revision
				&& snapshot.builtAt().plus(MAX_AGE).isAfter(Instant.now()) ? snapshot : null;
	}

	private static @Nullable String groupCode(ComparisonScope scope, Organisation organisation) {
		return switch (scope) {
			case NATIONAL -> null;
			case REGION -> organisation.regionCode();
			case MUNICIPALITY_GROUP -> organisation.municipalityGroup();
			case MUNICIPALITY_MAIN_GROUP -> organisation.municipalityMainGroup();
			case NETWORK -> null;
		};
	}

	private static Predicate<String> member(ComparisonScope scope, @Nullable String code,
			Map<String, Organisation> organisations) {
		if (scope == ComparisonScope.NATIONAL) {
			return (org) -> true;
		}
		return (org) -> {
			Organisation o = organisations.get(org);
			return o != null && Objects.equals(code, groupCode(scope, o));
		};
	}

	private String label(ComparisonScope scope, Organisation o, Locale locale) {
		return switch (scope) {
			case NATIONAL -> this.messages.getMessage("summary.comparison.national", null, locale);
			case REGION -> this.messages.getMessage("summary.comparison.region",
					new Object[] { o.countyName() == null ? o.regionCode() : o.countyName() }, locale);
			case MUNICIPALITY_GROUP -> this.messages.getMessage("summary.comparison.group",
					new Object[] { o.municipalityGroup(), o.municipalityGroupName() }, locale);
			case MUNICIPALITY_MAIN_GROUP -> this.messages.getMessage("summary.comparison.mainGroup",
					new Object[] { o.municipalityMainGroup(), o.municipalityMainGroupName() }, locale);
			case NETWORK -> "";
		};
	}

	private record Snapshot(long revision, Instant builtAt, Map<String, StoredRound> counted,
			Map<String, Organisation> organisations, ConcurrentMap<String, Comparison> groups) {
	}

}
