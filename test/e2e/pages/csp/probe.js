// Loaded first on the strict-CSP page: records every policy violation the page reports.
window.__violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`);
});
