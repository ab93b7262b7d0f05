/**
 * The same items, each next one requested as soon as the current one is handed over: while the
 * import writes a chunk (waiting on PostgreSQL), the file's next chunk is read and parsed in the
 * meantime instead of after. One item ahead at most, so memory stays flat. An error of the
 * source reaches the consumer when it asks for that item.
 */
export async function* readAhead<T>(source: AsyncIterable<T>): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  let next = iterator.next();
  let done = false;
  try {
    while (true) {
      const result = await next;
      if (result.done) {
        done = true;
        return;
      }
      next = iterator.next();
      // Awaited on the next turn; until then its failure is not "unhandled".
      next.catch(() => undefined);
      yield result.value;
    }
  } finally {
    // The consumer stopped early (an interrupted import): the source closes its file.
    if (!done) await iterator.return?.();
  }
}
