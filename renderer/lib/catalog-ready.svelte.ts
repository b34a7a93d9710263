// Whether the catalogue has arrived. A page opened on the Decisions screen mounts before it: parsing its 345 KB held
// the list's first frame back by about 100 ms of a cold page. What shows catalogue entries there renders them once
// this is true; the other screens are the catalogue's and wait for it.
export const catalogReady = $state({ value: false });
