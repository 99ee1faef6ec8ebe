import { Hono } from 'hono';
import type { ListPayload, MemberOption } from '../../model/api-contract';
import { PAGE_LIMIT } from '../lightfield/lightfield-api';
import { toMemberOption } from '../lightfield/record-mappers';
import type { RouteDeps } from './deps';

/** Bounds the page walk so a misbehaving upstream cannot keep us looping. */
export const MAX_MEMBER_PAGES = 40;

export function membersRoute({ api }: RouteDeps) {
  return new Hono().get('/', async (c) => {
    // Members cannot be filtered upstream (API.md §7.10): load every page, filter in the browser.
    const members: MemberOption[] = [];
    for (let page = 0; page < MAX_MEMBER_PAGES; page++) {
      const list = await api.listMembers(page * PAGE_LIMIT);
      members.push(...list.data.map(toMemberOption));
      if (list.data.length < PAGE_LIMIT) break;
    }
    members.sort((a, b) => a.name.localeCompare(b.name));
    const payload: ListPayload<MemberOption> = { data: members };
    return c.json(payload);
  });
}
