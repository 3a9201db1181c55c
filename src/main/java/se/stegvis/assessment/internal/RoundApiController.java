package se.stegvis.assessment.internal;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import se.stegvis.account.AuditEntry;
import se.stegvis.account.OrganisationScoped;
import se.stegvis.assessment.Answer;
import se.stegvis.assessment.AnswerInput;
import se.stegvis.assessment.Consensus;
import se.stegvis.assessment.InvalidRoundInputException;
import se.stegvis.assessment.Participant;
import se.stegvis.assessment.ParticipantOverview;
import se.stegvis.assessment.Round;
import se.stegvis.assessment.RoundAnswers;
import se.stegvis.assessment.RoundFacilitation;
import se.stegvis.assessment.RoundLifecycle;
import se.stegvis.assessment.RoundParticipants;
import se.stegvis.assessment.RoundResult;
import se.stegvis.assessment.RoundResults;
import se.stegvis.assessment.Rounds;
import se.stegvis.assessment.StartRound;
import se.stegvis.assessment.TargetSetting;
import se.stegvis.assessment.internal.ApiBodies.AnswerBody;
import se.stegvis.assessment.internal.ApiBodies.AnswerRequest;
import se.stegvis.assessment.internal.ApiBodies.ConsensusBody;
import se.stegvis.assessment.internal.ApiBodies.ParticipantRequest;
import se.stegvis.assessment.internal.ApiBodies.PublicationRequest;
import se.stegvis.assessment.internal.ApiBodies.ReopenRequest;
import se.stegvis.assessment.internal.ApiBodies.ScoresBody;
import se.stegvis.assessment.internal.ApiBodies.SpreadBody;
import se.stegvis.assessment.internal.ApiBodies.StartRequest;
import se.stegvis.assessment.internal.ApiBodies.TargetsBody;

/**
 * The rounds API (DESIGN.md §5 "Rounds"). Tenant data: every service call checks membership (404) and role
 * (403); answers and consensus honour {@code If-Match} and return their version as {@code ETag}.
 */
@RestController
@OrganisationScoped
@RequestMapping("/api/v1/assessments")
@Tag(name = "Omgångar", description = "Egenvärdering: omgångar, deltagare, svar, gemensam bedömning, mål och avslut")
class RoundApiController {

	private final Rounds rounds;

	private final RoundAnswers answers;

	private final RoundParticipants participants;

	private final RoundFacilitation facilitation;

	private final RoundLifecycle lifecycle;

	private final RoundResults results;

	RoundApiController(Rounds rounds, RoundAnswers answers, RoundParticipants participants, RoundFacilitation facilitation,
			RoundLifecycle lifecycle, RoundResults results) {
		this.rounds = rounds;
		this.answers = answers;
		this.participants = participants;
		this.facilitation = facilitation;
		this.lifecycle = lifecycle;
		this.results = results;
	}

	record RoundBody(Round round, List<String> indicators) {
	}

	@PostMapping
	@Operation(summary = "Starta en omgång (organisationsadministratör)")
	ResponseEntity<Round> start(@RequestBody StartRequest request) {
		if (request.organisationCode() == null || request.organisationCode().isBlank()) {
			throw InvalidRoundInputException.of("organisationCode", "assessment.input.organisation.required");
		}
		Round round = this.rounds.start(new StartRound(request.organisationCode(), request.unitId(), request.modelKey(),
				request.modelVersion(), request.title(), request.period(), request.mode(), request.areas(),
				request.targets(), Boolean.TRUE.equals(request.prefill()), request.published()));
		URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(round.id()).toUri();
		return ResponseEntity.created(location).body(round);
	}

	@GetMapping
	@Operation(summary = "Organisationens omgångar, nyast först")
	List<Round> list(@RequestParam String organisationCode) {
		return this.rounds.list(organisationCode);
	}

	@GetMapping("/{id}")
	@Operation(summary = "En omgång med status och hur långt svaren har kommit")
	Round get(@PathVariable long id) {
		return this.rounds.get(id).round();
	}

	@GetMapping("/{id}/participants")
	@Operation(summary = "Deltagare och svarsfrekvens per svarsgrupp (organisationsadministratör)")
	ParticipantOverview participants(@PathVariable long id) {
		return this.participants.overview(id);
	}

	@PostMapping("/{id}/participants")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Lägg till en medlem som deltagare eller ändra svarsgrupp", description = "{username, respondentGroup?}")
	Participant addParticipant(@PathVariable long id, @RequestBody ParticipantRequest request) {
		return this.participants.add(id, request.username(), request.respondentGroup());
	}

	@DeleteMapping("/{id}/participants/{username}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Ta bort en deltagare (och deltagarens egna svar)")
	void removeParticipant(@PathVariable long id, @PathVariable String username) {
		this.participants.remove(id, username);
	}

	@GetMapping("/{id}/answers")
	@Operation(summary = "Svaren: gruppens (GROUP) eller dina egna (INDIVIDUAL), med version")
	List<AnswerBody> answers(@PathVariable long id) {
		return this.answers.sheet(id).answers().values().stream().map(AnswerBody::of).toList();
	}

	@PutMapping("/{id}/answers/{indicatorKey}")
	@Operation(summary = "Spara ett svar", description = "{answer: LEVEL|DONT_KNOW|NOT_APPLICABLE, level?, comment?, "
			+ "evidenceUrl?}. If-Match med versionen du såg (\"0\" = inget svar ännu); 412 med det aktuella värdet "
			+ "om någon annan hann före. 409 i en avslutad omgång.")
	ResponseEntity<AnswerBody> saveAnswer(@PathVariable long id, @PathVariable String indicatorKey,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch, @RequestBody AnswerRequest body) {
		Answer saved = this.answers.save(id, indicatorKey,
				new AnswerInput(body.answer(), body.level(), body.comment(), body.evidenceUrl(), null), ETags.parse(ifMatch));
		return ResponseEntity.ok().eTag(ETags.of(saved.version())).body(AnswerBody.of(saved));
	}

	@PostMapping("/{id}/answers/{indicatorKey}/confirm")
	@Operation(summary = "Bekräfta ett svar som förts över från förra omgången")
	ResponseEntity<AnswerBody> confirm(@PathVariable long id, @PathVariable String indicatorKey,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		Answer saved = this.answers.confirm(id, indicatorKey, ETags.parse(ifMatch));
		return ResponseEntity.ok().eTag(ETags.of(saved.version())).body(AnswerBody.of(saved));
	}

	@GetMapping("/{id}/scores")
	@Operation(summary = "Preliminära (eller slutliga) resultat per område och dimension")
	ScoresBody scores(@PathVariable long id) {
		RoundResult result = this.results.result(id);
		return ScoresBody.of(result.preliminary(), result.scores());
	}

	@PutMapping("/{id}/consensus/{indicatorKey}")
	@Operation(summary = "Sätt den gemensamma bedömningen (bara INDIVIDUAL, annars 409)",
			description = "Samma som ett svar plus note?. If-Match som för svar.")
	ResponseEntity<ConsensusBody> consensus(@PathVariable long id, @PathVariable String indicatorKey,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch, @RequestBody AnswerRequest body) {
		Consensus saved = this.facilitation.setConsensus(id, indicatorKey,
				new AnswerInput(body.answer(), body.level(), body.comment(), body.evidenceUrl(), body.note()),
				ETags.parse(ifMatch));
		return ResponseEntity.ok().eTag(ETags.of(saved.version())).body(ConsensusBody.of(saved));
	}

	@GetMapping("/{id}/distribution")
	@Operation(summary = "Spridningen per indikator: antal per nivå och svarsgrupp, spridning och flagga (INDIVIDUAL)")
	List<SpreadBody> distribution(@PathVariable long id) {
		return this.facilitation.distribution(id).stream().map(SpreadBody::of).toList();
	}

	@PutMapping("/{id}/targets")
	@Operation(summary = "Sätt målnivåer", description = "{level, overrides: [{scope: AREA|DIMENSION|INDICATOR, key, level}]}")
	TargetsBody targets(@PathVariable long id, @RequestBody TargetSetting body) {
		return TargetsBody.of(this.lifecycle.setTargets(id, body).targets());
	}

	@GetMapping("/{id}/unanswered")
	@Operation(summary = "Indikatorer som ännu saknar svar")
	List<String> unanswered(@PathVariable long id) {
		return this.lifecycle.unanswered(id);
	}

	@PostMapping("/{id}/complete")
	@Operation(summary = "Avsluta omgången (även med obesvarade indikatorer)")
	Round complete(@PathVariable long id) {
		return this.lifecycle.complete(id);
	}

	@PostMapping("/{id}/reopen")
	@Operation(summary = "Öppna en avslutad omgång igen", description = "{reason}")
	Round reopen(@PathVariable long id, @RequestBody ReopenRequest body) {
		return this.lifecycle.reopen(id, body.reason());
	}

	@PutMapping("/{id}/publication")
	@Operation(summary = "Ska omgången ingå i jämförelser?", description = "{published}")
	Round publication(@PathVariable long id, @RequestBody PublicationRequest body) {
		if (body.published() == null) {
			throw InvalidRoundInputException.of("published", "assessment.input.published.required");
		}
		return this.lifecycle.setPublication(id, body.published());
	}

	@GetMapping("/{id}/history")
	@Operation(summary = "Omgångens ändringslogg: vem, när, före och efter")
	List<AuditEntry> history(@PathVariable long id) {
		return this.lifecycle.history(id);
	}

}
