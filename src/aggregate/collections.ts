// Small collection helpers shared by the aggregation modules.

/** Appends `value` to the list under `key`, creating it (in place: groups grow to thousands). */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
