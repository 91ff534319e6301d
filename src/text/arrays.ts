/**
 * An empty array already of the kind that holds any value. One made by [] holds
 * small integers until its first push, and optimised code that meets that first
 * push of anything else goes back to the interpreter and is compiled again.
 */
export function emptyListOfAny<T>(): T[] {
  const list: (T | null)[] = [null];
  list.length = 0;
  return list as T[];
}
