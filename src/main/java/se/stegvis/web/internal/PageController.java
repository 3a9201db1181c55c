package se.stegvis.web.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page, the pages every public-sector service must have, and the flow's coming steps. */
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

	@GetMapping({ "/egenvardering", "/sammanfattning" })
	String comingSoon(Model model, jakarta.servlet.http.HttpServletRequest request) {
		model.addAttribute("step", request.getRequestURI().substring(1));
		return "web/coming-soon";
	}

}
