import { probeKeystrokes, probePaint } from './paint-probe';

// The machine's floor: one bare <input>, no framework, the same probes as the two forms. What
// this page measures no form can beat on this machine (frame pacing, input delivery, paint).
probeKeystrokes();
probePaint('form button[type="submit"]');
