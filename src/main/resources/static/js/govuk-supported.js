// GOV.UK Frontend's feature detection, moved out of the page because the Content Security Policy forbids inline script.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
