// The entry script is async: it runs as soon as it has loaded, so its request for the list goes out without waiting
// for the stylesheets, but that can be before the page is parsed or styled. The app mounts only once both are done.

const parsed = (): Promise<unknown> =>
  document.readyState === 'loading'
    ? new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }))
    : Promise.resolve();

/**
 * Whether a stylesheet's file has yet to arrive. A loaded one has its sheet; one that failed has none but has its
 * resource timing entry (both are set in the task that ends its load), and is not waited for, as the browser does not.
 */
const arriving = (link: HTMLLinkElement) => !link.sheet && performance.getEntriesByName(link.href).length === 0;

const loadOf = (link: HTMLLinkElement): Promise<unknown> =>
  new Promise((resolve) => {
    link.addEventListener('load', resolve, { once: true });
    link.addEventListener('error', resolve, { once: true });
  });

/**
 * Resolves once the page is parsed (the app's element is there) and its stylesheets have arrived: what mounts measures
 * with them (the virtual list's rows are sized in rem, and a stylesheet sets the root's font size).
 */
export async function pageReady(): Promise<void> {
  await parsed();
  const links = document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]');
  await Promise.all([...links].filter(arriving).map(loadOf));
}
