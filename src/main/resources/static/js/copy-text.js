// Copy buttons for read-only texts (the reminder on the participants page). Without JavaScript the button
// stays hidden and the text can be selected and copied by hand.
for (const button of document.querySelectorAll('button.stegvis-copy[data-copy-target]')) {
  const source = document.getElementById(button.dataset.copyTarget);
  const status = document.getElementById(button.dataset.copyTarget + '-status');
  if (!source || !navigator.clipboard) {
    continue;
  }
  button.hidden = false;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(source.value);
      if (status) {
        status.textContent = button.dataset.copied;
      }
    }
    catch (e) {
      source.select();
    }
  });
}
