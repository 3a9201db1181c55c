package se.stegvis.web.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page, the pages every public-sector service must have, and the entry to the flow. */
@Controller
class PageController {

	@GetMapping("/")
	String home() {
		return "web/home";
	}

	@GetMapping("/tillganglighet")
	String accessibilityStatement() {
		return "web/accessibility";
	}

	@GetMapping("/personuppgifter")
	String privacyNotice() {
		return "web/privacy";
	}

	/** The first step of the flow: the rounds of the organisation chosen in the header. */
	@GetMapping("/egenvardering")
	String selfAssessment() {
		return "redirect:/omgangar";
	}

}
