package se.stegvis.export;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpMethod;

import se.stegvis.assessment.TestRounds;
import se.stegvis.support.OrganisationScopedEndpoints;
import se.stegvis.support.ScopedEndpoint;
import se.stegvis.support.ScopedEndpoint.ScopedRequest;

import static se.stegvis.support.ScopedEndpoint.api;
import static se.stegvis.support.ScopedEndpoint.page;

/** Who may export a round: whoever may read its summary — every member of its organisation, in the API and on pages. */
class ExportEndpoints implements OrganisationScopedEndpoints {

	@Override
	public List<ScopedEndpoint> endpoints() {
		List<ScopedEndpoint> endpoints = new ArrayList<>();
		for (String file : List.of("report.pdf", "summary.pdf", "export.xlsx", "answers.csv", "action-items.csv",
				"export.json")) {
			endpoints.add(api(HttpMethod.GET, "/api/v1/assessments/{id}/" + file).allowAllMembers()
				.request((t) -> ScopedRequest.of("/api/v1/assessments/"
						+ TestRounds.group(t.http(), t.users().orgAdmin(t.code()), t.code()) + "/" + file)));
		}
		for (String file : List.of("rapport.pdf", "sammanfattning.pdf", "omgang.xlsx", "svar.csv", "atgarder.csv")) {
			endpoints.add(page(HttpMethod.GET, "/omgangar/{id}/ladda-ner/" + file).allowAllMembers()
				.request((t) -> ScopedRequest.of("/omgangar/"
						+ TestRounds.group(t.http(), t.users().orgAdmin(t.code()), t.code()) + "/ladda-ner/" + file)));
		}
		return endpoints;
	}

}
