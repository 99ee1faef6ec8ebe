import { z } from 'zod/mini';
import type { HandleService } from '../lightfield-types';
import { defineCodec, invalid, parsed, trimmed } from './field-codec';
import { phrase } from '../messages/validation-phrases';

interface Service {
  name: string;
  hosts: string[];
  profile: (handle: string) => string;
}

// Lightfield stores the profile URL of the configured service (API.md §6, SOCIAL_HANDLE).
export const SOCIAL_SERVICES: Record<HandleService, Service> = {
  LINKEDIN: {
    name: 'LinkedIn',
    hosts: ['linkedin.com'],
    profile: (h) =>
      /^(in|company|school)\//.test(h)
        ? `https://www.linkedin.com/${h}`
        : `https://www.linkedin.com/in/${h}`,
  },
  TWITTER: { name: 'X', hosts: ['x.com', 'twitter.com'], profile: (h) => `https://x.com/${h}` },
  FACEBOOK: {
    name: 'Facebook',
    hosts: ['facebook.com', 'fb.com'],
    profile: (h) => `https://facebook.com/${h}`,
  },
  INSTAGRAM: {
    name: 'Instagram',
    hosts: ['instagram.com'],
    profile: (h) => `https://www.instagram.com/${h}`,
  },
};

const HANDLE = /^@?((?:(?:in|company|school)\/)?[\w.-]{1,100})\/?$/;

const serviceOf = (service: HandleService | null): Service | null =>
  service ? SOCIAL_SERVICES[service] : null;

const onHost = (url: URL, service: Service | null) =>
  !service || service.hosts.some((h) => url.hostname === h || url.hostname.endsWith(`.${h}`));

/** A handle ("@dana", "dana-okafor") or a profile URL → the profile URL, or null. */
function toProfileUrl(text: string, serviceKey: HandleService | null): string | null {
  const service = serviceOf(serviceKey);
  const looksLikeUrl = /^https?:\/\//i.test(text) || /^(www\.)?[\w-]+\.[a-z]{2,}\//i.test(text);
  if (looksLikeUrl) {
    try {
      const url = new URL(/^https?:\/\//i.test(text) ? text : `https://${text}`);
      if (!onHost(url, service) || url.pathname.length < 2) return null;
      url.protocol = 'https:';
      return url.href;
    } catch {
      return null;
    }
  }
  const m = HANDLE.exec(text);
  if (!m?.[1] || !service) return null;
  return service.profile(m[1]);
}

function socialMessage(serviceKey: HandleService | null): string {
  const name = serviceOf(serviceKey)?.name;
  return name ? phrase('enterHandle', { service: name }) : phrase('enterProfileUrl');
}

export const socialHandleCodec = defineCodec<string, string>({
  empty: () => '',
  parse: (value, field) => {
    const text = trimmed(value);
    if (!text) return parsed(undefined);
    const url = toProfileUrl(text, field.handleService);
    return url ? parsed(url) : invalid(socialMessage(field.handleService));
  },
  format: (value) => value,
  schema: (field) =>
    z
      .string(socialMessage(field.handleService))
      .check(
        z.refine(
          (s) => /^https:\/\//.test(s) && toProfileUrl(s, field.handleService) !== null,
          socialMessage(field.handleService),
        ),
      ),
});
