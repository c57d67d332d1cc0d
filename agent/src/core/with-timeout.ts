/** Settles like `promise`, or rejects with `<label> timed out after <ms> ms` if that comes first. */
export function withTimeout<T>(promise: Promise<T>, ms: number, label: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${label} timed out after ${ms} ms`)), ms);
  });
  // Clearing the timer lets the process exit as soon as the real work is done.
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
