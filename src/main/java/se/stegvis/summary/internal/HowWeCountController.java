package se.stegvis.summary.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.stegvis.scoring.ComparisonPolicy;

/** "Så räknar vi": the plain-Swedish explanation that every score links to. Public: the rules are no secret. */
@Controller
class HowWeCountController {

	private final int k;

	private final int windowMonths;

	HowWeCountController(@Value("${stegvis.comparison.k:" + ComparisonPolicy.DEFAULT_K + "}") int k,
			@Value("${stegvis.comparison.window-months:36}") int windowMonths) {
		this.k = Math.max(k, ComparisonPolicy.MIN_K);
		this.windowMonths = windowMonths;
	}

	@GetMapping("/sa-raknar-vi")
	String howWeCount(Model model) {
		model.addAttribute("k", this.k);
		model.addAttribute("minK", ComparisonPolicy.MIN_K);
		model.addAttribute("percentileN", ComparisonPolicy.MIN_N_FOR_PERCENTILES);
		model.addAttribute("windowMonths", this.windowMonths);
		return "summary/how-we-count";
	}

}
