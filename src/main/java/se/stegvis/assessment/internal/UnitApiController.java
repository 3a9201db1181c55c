package se.stegvis.assessment.internal;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import se.stegvis.assessment.Unit;
import se.stegvis.assessment.Units;
import se.stegvis.assessment.internal.ApiBodies.UnitRequest;

/** An organisation's units (förvaltning → enhet): every member reads, org admins add. */
@RestController
@RequestMapping("/api/v1/organisations/{code}/units")
@Tag(name = "Enheter", description = "Organisationens förvaltningar och enheter")
class UnitApiController {

	private final Units units;

	UnitApiController(Units units) {
		this.units = units;
	}

	@GetMapping
	@Operation(summary = "Förvaltningar och enheter")
	List<Unit> list(@PathVariable String code) {
		return this.units.list(code);
	}

	@PostMapping
	@Operation(summary = "Lägg till en förvaltning eller en enhet under en förvaltning", description = "{name, parentId?}")
	ResponseEntity<Unit> add(@PathVariable String code, @RequestBody UnitRequest request) {
		Unit unit = this.units.add(code, request.name(), request.parentId());
		URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(unit.id()).toUri();
		return ResponseEntity.created(location).body(unit);
	}

}
