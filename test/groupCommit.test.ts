// Group commit: captures that arrive during a write share the next one, and one client's failing
// records never fail another client's.
import { expect, it } from 'vitest';
import { GroupCommit } from '../subgraphs/kit/groupCommit.js';

it('groups what arrives during a write, and answers each submission with its own results', async () => {
  const writes: number[][] = [];
  const commit = new GroupCommit(async (items: number[]) => {
    writes.push(items);
    await new Promise((resolve) => setTimeout(resolve, 10));
    return items.map((n) => n * 10);
  });
  const answers = await Promise.all([commit.submit([1]), commit.submit([2, 3]), commit.submit([4])]);
  expect(answers).toEqual([[10], [20, 30], [40]]);
  expect(writes).toEqual([[1], [2, 3, 4]]);
});

it('writes each submission alone when a grouped write fails, so only the faulty one fails', async () => {
  const commit = new GroupCommit(async (items: string[]) => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (items.includes('poison')) throw new Error('the store refused the write');
    return items.map((item) => `${item} stored`);
  });
  const first = commit.submit(['a']); // written alone while the others queue up
  const [good, bad, other] = await Promise.allSettled([commit.submit(['b']), commit.submit(['poison']), commit.submit(['c', 'd'])]);
  await expect(first).resolves.toEqual(['a stored']);
  expect(good).toEqual({ status: 'fulfilled', value: ['b stored'] });
  expect(bad).toMatchObject({ status: 'rejected', reason: { message: 'the store refused the write' } });
  expect(other).toEqual({ status: 'fulfilled', value: ['c stored', 'd stored'] });
});
