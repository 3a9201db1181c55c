package se.stegvis.organisation;

import java.util.List;

import org.springframework.http.HttpMethod;

import se.stegvis.support.OrganisationScopedEndpoints;
import se.stegvis.support.ScopedEndpoint;
import se.stegvis.support.ScopedEndpoint.ScopedRequest;

/** An organisation's reference facts are readable by everyone signed in (DESIGN.md §5), member or not. */
class OrganisationEndpoints implements OrganisationScopedEndpoints {

	@Override
	public List<ScopedEndpoint> endpoints() {
		return List.of(ScopedEndpoint.api(HttpMethod.GET, "/api/v1/organisations/{code}")
			.referenceData()
			.request((t) -> ScopedRequest.of("/api/v1/organisations/" + t.code())));
	}

}
