import { markSubmitted, probePage } from './paint-probe';

// The machine's floor: one bare <input>, no framework, the same probes as the two forms. What
// this page measures no form can beat on this machine (frame pacing, input delivery, paint).
probePage({ errors: '.field-message', end: 'form button[type="submit"]' });

const form = document.querySelector('form');
const input = document.querySelector<HTMLInputElement>('#floor-text');
if (!form || !input) throw new Error('floor-form.html lost its form');
// Empty: one message, as a form shows a required field's; otherwise "submitted" at once.
form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (input.value) return markSubmitted();
  const message = document.createElement('p');
  message.className = 'field-message';
  message.textContent = 'Floor text is required';
  input.after(message);
});
