import type { Workspace } from '@capkit/model';
import { z } from 'zod';
import { describe, expect, it, vi } from 'vitest';
import { defineMutation, defineQuery, DemoError, type WorkerReply } from './contract.js';
import type { StoredWorkspace } from './database.js';
import type { Mutations, Queries } from './registry.js';
import { serveRequests } from './serveRequests.js';
import type { WorkspaceStore } from './workspaceStore.js';

// The worker's request loop against a store in memory and a registry of three small requests.

function memoryStore(saves: boolean[]): WorkspaceStore {
  let current: StoredWorkspace = {
    workspace: { people: [{ id: 'p-1' }] } as unknown as Workspace,
    origin: 'sample',
    savedAt: '2026-01-01T00:00:00.000Z',
    revision: 1,
  };
  const replace: WorkspaceStore['replace'] = (workspace, { origin, validated }) => {
    saves.push(validated);
    current = {
      workspace,
      origin: origin ?? current.origin,
      savedAt: '2026-01-02T00:00:00.000Z',
      revision: current.revision + 1,
    };
    return Promise.resolve(current);
  };
  return { current: () => Promise.resolve(current), replace } as unknown as WorkspaceStore;
}

function setUp() {
  const counted = vi.fn((workspace: Workspace, { times }: { times: number }) => ({
    people: workspace.people.length * times,
  }));
  const queries = {
    'test.count': defineQuery({ args: z.strictObject({ times: z.number().int() }), run: counted }),
    'test.saved': defineQuery({
      args: z.strictObject({}),
      run: (_w, _a, context) => context.saved,
    }),
    'test.fail': defineQuery({
      args: z.strictObject({}),
      run: () => {
        throw new DemoError('Bad input.', [{ path: 'people[0].id', code: 'x', message: 'wrong' }]);
      },
    }),
    'test.crash': defineQuery({
      args: z.strictObject({}),
      run: () => {
        throw new Error('boom');
      },
    }),
  };
  const mutations = {
    'test.add': defineMutation({
      args: z.strictObject({ id: z.string() }),
      run: (workspace, { id }) => ({
        workspace: { ...workspace, people: [...workspace.people, { id }] },
        result: { added: id },
        origin: 'import' as const,
      }),
    }),
    'test.addChecked': defineMutation({
      args: z.strictObject({ id: z.string() }),
      run: (workspace, { id }) => ({
        workspace: { ...workspace, people: [...workspace.people, { id }] },
        result: null,
        validated: true,
      }),
    }),
  };
  const replies: WorkerReply[] = [];
  const saves: boolean[] = [];
  const serve = serveRequests(
    memoryStore(saves),
    { queries: queries as unknown as Queries, mutations: mutations as unknown as Mutations },
    (reply) => replies.push(reply),
  );
  const answer = async (id: number) => {
    await vi.waitFor(() => {
      if (!replies.some((r) => 'id' in r && r.id === id && r.kind !== 'progress'))
        throw new Error('no answer yet');
    });
    return replies.find((r) => 'id' in r && r.id === id && r.kind !== 'progress');
  };
  return { serve, replies, answer, counted, saves };
}

describe('serveRequests', () => {
  it('answers a query, and the same query again from its cache', async () => {
    const { serve, answer, counted } = setUp();
    serve({ kind: 'query', id: 1, name: 'test.count', args: { times: 3 } });
    expect(await answer(1)).toEqual({ kind: 'result', id: 1, value: { people: 3 } });
    serve({ kind: 'query', id: 2, name: 'test.count', args: { times: 3 } });
    expect(await answer(2)).toEqual({ kind: 'result', id: 2, value: { people: 3 } });
    expect(counted).toHaveBeenCalledTimes(1);
  });

  it('refuses a message of the wrong shape, an unknown name and bad arguments, with located issues', async () => {
    const { serve, answer, replies } = setUp();
    serve({ kind: 'query', id: 1, name: 'not a name!', args: {} });
    expect(await answer(1)).toMatchObject({
      kind: 'error',
      message: 'The worker received a message it does not understand.',
    });
    serve({ kind: 'query', id: 2, name: 'test.nothing', args: {} });
    expect(await answer(2)).toMatchObject({
      kind: 'error',
      message: 'There is no query "test.nothing".',
    });
    serve({ kind: 'query', id: 3, name: 'test.count', args: { times: 'x', extra: 1 } });
    const refused = await answer(3);
    expect(refused).toMatchObject({
      kind: 'error',
      message: 'The request "test.count" is not valid.',
    });
    expect(refused?.kind === 'error' ? refused.issues.length : 0).toBeGreaterThanOrEqual(2);
    serve(null);
    await vi.waitFor(() =>
      expect(replies.some((r) => r.kind === 'error' && r.id === -1)).toBe(true),
    );
  });

  it('passes a DemoError’s issues on, and turns anything else into a generic sentence', async () => {
    const { serve, answer } = setUp();
    serve({ kind: 'query', id: 1, name: 'test.fail', args: {} });
    expect(await answer(1)).toMatchObject({
      kind: 'error',
      message: 'Bad input.',
      issues: [{ path: 'people[0].id' }],
    });
    serve({ kind: 'query', id: 2, name: 'test.crash', args: {} });
    expect(await answer(2)).toMatchObject({
      kind: 'error',
      message: 'Something went wrong: boom',
      issues: [],
    });
  });

  it('stores a mutation, tells every view, and later queries see the new workspace and its origin', async () => {
    const { serve, answer, replies, counted } = setUp();
    serve({ kind: 'query', id: 1, name: 'test.count', args: { times: 1 } });
    await answer(1);
    serve({ kind: 'mutate', id: 2, name: 'test.add', args: { id: 'p-2' } });
    expect(await answer(2)).toEqual({ kind: 'result', id: 2, value: { added: 'p-2' } });
    expect(replies).toContainEqual({ kind: 'changed', revision: 2 });
    serve({ kind: 'query', id: 3, name: 'test.count', args: { times: 1 } });
    expect(await answer(3)).toEqual({ kind: 'result', id: 3, value: { people: 2 } });
    expect(counted).toHaveBeenCalledTimes(2);
    serve({ kind: 'query', id: 4, name: 'test.saved', args: {} });
    expect(await answer(4)).toEqual({
      kind: 'result',
      id: 4,
      value: { origin: 'import', savedAt: '2026-01-02T00:00:00.000Z' },
    });
  });

  it('tells the store whether the mutation checked the whole workspace', async () => {
    const { serve, answer, saves } = setUp();
    serve({ kind: 'mutate', id: 1, name: 'test.add', args: { id: 'p-2' } });
    serve({ kind: 'mutate', id: 2, name: 'test.addChecked', args: { id: 'p-3' } });
    await answer(2);
    expect(saves).toEqual([false, true]);
  });

  it('runs mutations one at a time, in the order they came', async () => {
    const { serve, answer } = setUp();
    serve({ kind: 'mutate', id: 1, name: 'test.add', args: { id: 'p-2' } });
    serve({ kind: 'mutate', id: 2, name: 'test.add', args: { id: 'p-3' } });
    serve({ kind: 'mutate', id: 3, name: 'test.nothing', args: {} });
    serve({ kind: 'mutate', id: 4, name: 'test.add', args: { id: 'p-4' } });
    await answer(4);
    expect(await answer(3)).toMatchObject({ kind: 'error' });
    serve({ kind: 'query', id: 5, name: 'test.count', args: { times: 1 } });
    expect(await answer(5)).toEqual({ kind: 'result', id: 5, value: { people: 4 } });
  });
});
