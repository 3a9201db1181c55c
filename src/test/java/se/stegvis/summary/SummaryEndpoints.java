package se.stegvis.summary;

import java.util.List;

import org.springframework.http.HttpMethod;

import se.stegvis.assessment.TestRounds;
import se.stegvis.support.OrganisationScopedEndpoints;
import se.stegvis.support.ScopedEndpoint;
import se.stegvis.support.ScopedEndpoint.ScopedRequest;

import static se.stegvis.support.ScopedEndpoint.api;
import static se.stegvis.support.ScopedEndpoint.page;

/** Every member of the round's organisation reads its summary, on the page and through the API. */
class SummaryEndpoints implements OrganisationScopedEndpoints {

	@Override
	public List<ScopedEndpoint> endpoints() {
		return List.of(
				api(HttpMethod.GET, "/api/v1/assessments/{id}/summary").allowAllMembers()
					.request((t) -> ScopedRequest.of("/api/v1/assessments/"
							+ TestRounds.group(t.http(), t.users().orgAdmin(t.code()), t.code()) + "/summary")),
				page(HttpMethod.GET, "/omgangar/{id}/sammanfattning").allowAllMembers()
					.request((t) -> ScopedRequest.of("/omgangar/"
							+ TestRounds.group(t.http(), t.users().orgAdmin(t.code()), t.code()) + "/sammanfattning")));
	}

}
