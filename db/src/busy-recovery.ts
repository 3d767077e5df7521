import type { Client, Transaction, TransactionMode } from '@libsql/client';
import { isDatabaseBusy } from './database-busy.ts';

/**
 * libsql-js leaves a statement that failed with SQLITE_BUSY unfinished on its connection, and the pool hands
 * that connection out again: its next COMMIT fails with "SQL statements in progress" and the transaction it
 * cannot end keeps the file's write lock, so every process waits for ever (libsql-client-ts #352). After a
 * busy answer this reopens the pool's connections, as soon as none is in use, so that no poisoned one is
 * used again. Patches the client in place, before Drizzle is given it.
 */
export function recoverFromBusy(client: Client): void {
  let inUse = 0;
  let poisoned = false;

  const noteFailure = (error: unknown) => {
    if (isDatabaseBusy(error)) poisoned = true;
  };
  const release = async () => {
    inUse--;
    if (poisoned && inUse === 0) {
      poisoned = false;
      await client.reconnect();
    }
  };
  function tracked<A extends unknown[], R>(method: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
    return async (...args: A) => {
      inUse++;
      try {
        return await method(...args);
      } catch (error) {
        noteFailure(error);
        throw error;
      } finally {
        await release();
      }
    };
  }
  function noted<A extends unknown[], R>(method: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
    return async (...args: A) => {
      try {
        return await method(...args);
      } catch (error) {
        noteFailure(error);
        throw error;
      }
    };
  }

  client.execute = tracked(client.execute.bind(client)) as Client['execute'];
  client.batch = tracked(client.batch.bind(client));
  client.executeMultiple = tracked(client.executeMultiple.bind(client));
  const openTransaction = client.transaction.bind(client) as (mode?: TransactionMode) => Promise<Transaction>;
  // A transaction holds its connection until it ends: the pool is reopened only after that.
  client.transaction = (async (mode?: TransactionMode) => {
    inUse++;
    let transaction: Transaction;
    try {
      transaction = await openTransaction(mode);
    } catch (error) {
      noteFailure(error);
      await release();
      throw error;
    }
    let ended = false;
    const end = async () => {
      if (ended) return;
      ended = true;
      await release();
    };
    transaction.execute = noted(transaction.execute.bind(transaction)) as Transaction['execute'];
    transaction.batch = noted(transaction.batch.bind(transaction));
    transaction.executeMultiple = noted(transaction.executeMultiple.bind(transaction));
    for (const name of ['commit', 'rollback'] as const) {
      const finish = noted(transaction[name].bind(transaction));
      transaction[name] = async () => {
        try {
          await finish();
        } finally {
          await end();
        }
      };
    }
    const close = transaction.close.bind(transaction);
    transaction.close = () => {
      close();
      void end();
    };
    return transaction;
  }) as Client['transaction'];
}
