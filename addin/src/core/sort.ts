// Array.prototype.sort does a fair amount of set-up work on every call, and the lists sorted per
// draft hold a handful of items: an insertion sort gives the same order (stable, in place) for less.

/** Sorts in place exactly like Array.prototype.sort with a consistent comparator (stable); for short lists. */
export function sortSmall<T>(list: T[], compare: (x: T, y: T) => number): T[] {
  if (list.length > 16) return list.sort(compare);
  for (let i = 1; i < list.length; i++) {
    const item = list[i] as T;
    let j = i - 1;
    while (j >= 0 && compare(list[j] as T, item) > 0) {
      list[j + 1] = list[j] as T;
      j--;
    }
    list[j + 1] = item;
  }
  return list;
}
