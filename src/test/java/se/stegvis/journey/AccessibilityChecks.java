package se.stegvis.journey;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What axe-core cannot judge, checked on the page a driver shows: the heading outline, the skip link, a
 * visible focus indicator on every focusable element, text alternatives for charts, focus on the error
 * summary, and live regions for status messages. Each check fails with the elements to fix.
 */
final class AccessibilityChecks {

	private AccessibilityChecks() {
	}

	/** All checks that need no interaction beyond the keyboard, on the page shown now. */
	static void checkShownPage(ChromeDriver driver, String name) {
		headings(driver, name);
		charts(driver, name);
		statusMessages(driver, name);
		focusVisible(driver, name);
		skipLink(driver, name);
	}

	/**
	 * Exactly one h1, and no heading deeper than one level below the one before it. Headings before the h1
	 * (an error summary or a success banner, which GOV.UK places above the h1) count as if the h1 came first.
	 */
	static void headings(ChromeDriver driver, String name) {
		assertThat(driver.findElements(By.tagName("h1"))).as("exactly one h1 on %s", name).hasSize(1);
		@SuppressWarnings("unchecked")
		List<String> skips = (List<String>) driver.executeScript("""
				var previous = 1, skips = [];
				document.querySelectorAll('h1, h2, h3, h4, h5, h6').forEach(function (h) {
				  if (h.closest('[hidden], [aria-hidden="true"]')) { return; }
				  var level = Number(h.tagName.substring(1));
				  if (level > previous + 1) {
				    skips.push('h' + previous + ' → h' + level + ' "' + h.textContent.trim().substring(0, 60) + '"');
				  }
				  previous = level;
				});
				return skips;""");
		assertThat(skips).as("skipped heading levels on %s", name).isEmpty();
	}

	/**
	 * The skip link is the first thing Tab reaches, and following it puts the keyboard focus on the main
	 * content (so the next Tab continues there, not in the navigation).
	 */
	static void skipLink(ChromeDriver driver, String name) {
		// Focusing the body moves the browser's sequential focus starting point to the top of the page.
		driver.executeScript("document.body.setAttribute('tabindex', '-1'); document.body.focus();"
				+ " document.body.removeAttribute('tabindex'); window.scrollTo(0, 0);");
		new Actions(driver).sendKeys(Keys.TAB).perform();
		WebElement first = driver.switchTo().activeElement();
		assertThat(first.getAttribute("class")).as("Tab reaches the skip link first on %s (got %s)", name,
				first.getTagName() + " " + first.getText()).contains("govuk-skip-link");
		first.sendKeys(Keys.ENTER);
		new WebDriverWait(driver, Duration.ofSeconds(5))
			.until((d) -> "main-content".equals(d.switchTo().activeElement().getAttribute("id")));
		assertThat(driver.switchTo().activeElement().getTagName()).as("the skip link focuses main on %s", name)
			.isEqualTo("main");
	}

	/**
	 * Every focusable element shows a visible focus indicator that it does not show unfocused: an outline,
	 * a box shadow or a background (for radios and checkboxes, on the label's drawn circle or box). The
	 * unfocused styles are read first; then one real Tab puts the browser in keyboard mode, so that focusing
	 * each element from script matches :focus-visible just as tabbing to it would.
	 */
	static void focusVisible(ChromeDriver driver, String name) {
		driver.executeScript("if (document.activeElement) { document.activeElement.blur(); }");
		driver.executeScript(FOCUSABLE + "window.__stegvisUnfocused = focusable().map(look);");
		new Actions(driver).sendKeys(Keys.TAB).perform();
		@SuppressWarnings("unchecked")
		List<String> invisible = (List<String>) driver.executeScript(FOCUSABLE + """
				var before = window.__stegvisUnfocused, problems = [];
				focusable().forEach(function (e, i) {
				  e.focus({ preventScroll: true });
				  if (document.activeElement !== e) { return; }
				  var now = look(e);
				  if (!visible(now) || same(now, before[i])) {
				    problems.push(describe(e) + ' focused ' + JSON.stringify(now));
				  }
				});
				return problems.slice(0, 15);""");
		assertThat(invisible).as("elements without a visible focus indicator on %s", name).isEmpty();
	}

	/** Collects focusable elements and reads the styles that can show focus; shared by both passes. */
	private static final String FOCUSABLE = """
			function focusable() {
			  return Array.from(document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]'))
			    .filter(function (e) {
			      return !e.disabled && e.getAttribute('tabindex') !== '-1' && e.getClientRects().length > 0
			        && getComputedStyle(e).visibility !== 'hidden';
			    });
			}
			function parts(e) {
			  var list = [[e, null]];
			  if (e.type === 'radio' || e.type === 'checkbox') {
			    var label = e.id && document.querySelector('label[for="' + CSS.escape(e.id) + '"]');
			    if (label) { list.push([label, '::before'], [label, '::after']); }
			  }
			  return list;
			}
			function look(e) {
			  return parts(e).map(function (p) {
			    var s = getComputedStyle(p[0], p[1]);
			    return { outline: s.outlineStyle === 'none' || parseFloat(s.outlineWidth) === 0
			                 || s.outlineColor === 'rgba(0, 0, 0, 0)' ? 'none' : s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor,
			             shadow: s.boxShadow, background: s.backgroundColor, border: s.borderWidth + ' ' + s.borderColor };
			  });
			}
			function visible(l) {
			  return l.some(function (p) { return p.outline !== 'none' || p.shadow !== 'none' || p.background !== 'rgba(0, 0, 0, 0)'; });
			}
			function same(a, b) {
			  return a.every(function (p, i) {
			    return p.outline === b[i].outline && p.shadow === b[i].shadow && p.background === b[i].background;
			  });
			}
			function describe(e) {
			  return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + String(e.className).split(' ')[0] : '')
			    + ' "' + (e.textContent || e.value || '').trim().substring(0, 40) + '"';
			}
			""";

	/**
	 * Every svg is either decorative (aria-hidden) or an image with a name (role=img with aria-label,
	 * aria-labelledby naming elements with text, or a title), and every chart has its figures as a table in
	 * the same figure.
	 */
	static void charts(ChromeDriver driver, String name) {
		@SuppressWarnings("unchecked")
		List<String> problems = (List<String>) driver.executeScript("""
				var problems = [];
				document.querySelectorAll('svg').forEach(function (svg, n) {
				  if (svg.closest('[aria-hidden="true"]') || (svg.parentElement && svg.parentElement.closest('svg'))) { return; }
				  var label = (svg.getAttribute('aria-label') || '').trim();
				  var ids = (svg.getAttribute('aria-labelledby') || '').split(/\\s+/).filter(Boolean);
				  var named = ids.length > 0 && ids.every(function (id) {
				    var e = document.getElementById(id); return e && e.textContent.trim() !== '';
				  });
				  var title = svg.querySelector(':scope > title');
				  var where = 'svg #' + n + ' under "' + ((svg.closest('figure') || svg.parentElement).textContent || '').trim().substring(0, 50) + '"';
				  if (svg.getAttribute('role') !== 'img') { problems.push(where + ': no role=img'); }
				  if (!label && !named && !(title && title.textContent.trim())) { problems.push(where + ': no text alternative'); }
				  var figure = svg.closest('figure');
				  if (!figure || !figure.querySelector('table')) { problems.push(where + ': no table of its figures next to it'); }
				});
				return problems;""");
		assertThat(problems).as("charts without a text alternative on %s", name).isEmpty();
	}

	/**
	 * Messages that appear after an action are announced: success banners and save statuses are live
	 * regions (role status or alert, or aria-live), and error summaries hold a role=alert.
	 */
	static void statusMessages(ChromeDriver driver, String name) {
		@SuppressWarnings("unchecked")
		List<String> silent = (List<String>) driver.executeScript("""
				var problems = [];
				function live(e) {
				  var role = e.getAttribute('role'), aria = e.getAttribute('aria-live');
				  return role === 'status' || role === 'alert' || aria === 'polite' || aria === 'assertive';
				}
				document.querySelectorAll('.govuk-notification-banner--success, .stegvis-save-status').forEach(function (e) {
				  if (!live(e)) { problems.push(e.className + ' #' + e.id + ' is no live region'); }
				});
				document.querySelectorAll('.govuk-error-summary').forEach(function (e) {
				  if (!live(e) && !e.querySelector('[role=alert]')) { problems.push('error summary without role=alert'); }
				});
				return problems;""");
		assertThat(silent).as("status messages that are not announced on %s", name).isEmpty();
	}

	/** After a refused form post, the error summary has the keyboard focus (so it is read out first). */
	static void errorSummaryFocused(ChromeDriver driver, String name) {
		new WebDriverWait(driver, Duration.ofSeconds(5)).until((d) -> Boolean.TRUE.equals(((ChromeDriver) d).executeScript(
				"var s = document.querySelector('.govuk-error-summary'); return !!s && s.contains(document.activeElement);")));
		assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText()).as("error summary on %s", name)
			.isNotBlank();
	}

}
