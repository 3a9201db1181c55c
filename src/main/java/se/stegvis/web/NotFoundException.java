package se.stegvis.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Nothing to show: the resource does not exist, or it belongs to an organisation the caller is not a
 * member of (tenant data answers 404, never 403, so that its existence is not revealed). Pages answer
 * with the Swedish 404 page, the API with Problem Details.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
