import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { apiKey } from '../../../../renderer/data/data-areas';
import { dataChanged } from '../../../../renderer/data/data-changed';

const people = apiKey('people', 'listEnterprises', {});
const participantsPage = apiKey('people', 'listParticipants', { query: '', offset: 100, limit: 100 });
const workshops = apiKey('workshops', 'listWorkshops', { offset: 0, limit: 200 });

describe('the renderer data layer refreshes by area', () => {
  it('a change to one area marks every query of that area stale and leaves the other areas alone', async () => {
    const client = new QueryClient();
    for (const key of [people, participantsPage, workshops]) client.setQueryData(key, []);

    await dataChanged(client, ['people']);

    expect(client.getQueryState(people)?.isInvalidated).toBe(true);
    expect(client.getQueryState(participantsPage)?.isInvalidated).toBe(true);
    expect(client.getQueryState(workshops)?.isInvalidated).toBe(false);
  });

  it('a change asks the core again for what a screen is showing, and the screen gets the new answer', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    let answer = 'before';
    const observer = new QueryObserver(client, { queryKey: people, queryFn: () => Promise.resolve(answer) });
    const seen: unknown[] = [];
    const unsubscribe = observer.subscribe((result) => result.isSuccess && seen.push(result.data));
    await client.fetchQuery({ queryKey: people, queryFn: () => Promise.resolve(answer) });

    answer = 'after';
    await dataChanged(client, ['people']);

    expect(seen.at(-1)).toBe('after');
    unsubscribe();
    client.clear();
  });
});
