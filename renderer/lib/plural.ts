/** "1 day", "3 days"; `many` for words whose plural is not `one` + s. */
export const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;
