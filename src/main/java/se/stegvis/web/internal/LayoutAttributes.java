package se.stegvis.web.internal;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the shared layout needs on every page: the demo banner and which navigation item is current. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAttributes {

	private final boolean demo;

	LayoutAttributes(@Value("${stegvis.demo:false}") boolean demo) {
		this.demo = demo;
	}

	@ModelAttribute("demo")
	boolean demo() {
		return this.demo;
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI();
	}

}
