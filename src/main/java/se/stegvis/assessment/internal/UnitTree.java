package se.stegvis.assessment.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import se.stegvis.assessment.Unit;
import se.stegvis.web.SwedishOrder;

/** An organisation's units as a tree: each with its path of names from the top. */
@Component
public class UnitTree {

	private final UnitRows rows;

	UnitTree(UnitRows rows) {
		this.rows = rows;
	}

	/** Every unit of the organisation, each förvaltning followed by its enheter, names in Swedish order. */
	public List<Unit> of(String organisationCode) {
		List<UnitRows.Row> all = this.rows.of(organisationCode);
		Map<Long, UnitRows.Row> byId = all.stream().collect(Collectors.toMap(UnitRows.Row::id, Function.identity()));
		List<Unit> units = new ArrayList<>();
		for (UnitRows.Row row : all) {
			List<String> path = new ArrayList<>();
			UnitRows.Row current = row;
			while (current != null) {
				path.add(current.name());
				current = current.parentId() == null ? null : byId.get(current.parentId());
			}
			Collections.reverse(path);
			units.add(new Unit(row.id(), row.organisationCode(), row.parentId(), row.name(), path));
		}
		Comparator<String> swedish = SwedishOrder.comparator();
		units.sort((a, b) -> compare(a.path(), b.path(), swedish));
		return units;
	}

	public Optional<Unit> find(String organisationCode, long id) {
		return of(organisationCode).stream().filter((u) -> u.id() == id).findFirst();
	}

	private static int compare(List<String> a, List<String> b, Comparator<String> order) {
		for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
			int c = order.compare(a.get(i), b.get(i));
			if (c != 0) {
				return c;
			}
		}
		return Integer.compare(a.size(), b.size());
	}

}
