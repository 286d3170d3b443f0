import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { Link, useLocation } from '../router';
import { navLinks } from '../routes';

/**
 * The header's navigation: the everyday pages in a row, the occasional ones behind "More" (a
 * disclosure: Escape or a click elsewhere closes it, focus goes back to the button). On phones
 * the `'phone'` ones move from the row into the menu, so the row stays one line.
 */
export function MainNav() {
  const { path } = useLocation();
  const menuId = useId();
  // Open for the page it was opened on: a navigation closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === path;
  const setOpen = (next: boolean) => setOpenOn(next ? path : null);
  const moreRef = useRef<HTMLLIElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  // A section stays marked on its inner pages: People on /people/ana.
  const inSection = (section: string) =>
    path === section || (section !== '/' && path.startsWith(`${section}/`));
  const links = navLinks();
  const first = links.filter((link) => link.more !== true);
  const more = links.filter((link) => link.more);
  const moreCurrent = more.find((link) => inSection(link.path));
  // Which "More" entry is current depends on the width; the button says so on both.
  const phoneOnly = (link: { more: boolean | 'phone' }) =>
    link.more === 'phone' ? 'nav-phone-only' : undefined;
  const wideOnly = (link: { more: boolean | 'phone' }) =>
    link.more === 'phone' ? 'nav-wide-only' : undefined;

  // A click anywhere outside closes it.
  useEffect(() => {
    if (!open) return;
    function outside(event: PointerEvent) {
      if (!moreRef.current?.contains(event.target as Node)) setOpenOn(null);
    }
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  function keyDown(event: KeyboardEvent) {
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
      buttonRef.current?.focus();
    }
  }

  return (
    <nav aria-label="Main">
      <ul>
        {first.map((link) => (
          <li key={link.path} className={wideOnly(link)}>
            <Link to={link.path} aria-current={inSection(link.path) ? 'page' : undefined}>
              {link.label}
            </Link>
          </li>
        ))}
        <li
          ref={moreRef}
          className="nav-more"
          onKeyDown={keyDown}
          onBlur={(event) => {
            const next = event.relatedTarget as Node | null;
            if (next && !event.currentTarget.contains(next)) setOpen(false);
          }}
        >
          <button
            type="button"
            ref={buttonRef}
            className={[
              'nav-more-button',
              moreCurrent && 'has-current',
              moreCurrent?.more === 'phone' && 'phone-current',
            ]
              .filter(Boolean)
              .join(' ')}
            aria-expanded={open}
            aria-controls={menuId}
            onClick={() => setOpen(!open)}
          >
            More
            {moreCurrent && (
              <span className="visually-hidden">, you are on {moreCurrent.label}</span>
            )}
            <span aria-hidden="true" className="caret">
              ▾
            </span>
          </button>
          <ul id={menuId} className="nav-menu" hidden={!open}>
            {more.map((link) => (
              <li key={link.path} className={phoneOnly(link)}>
                <Link to={link.path} aria-current={inSection(link.path) ? 'page' : undefined}>
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </li>
      </ul>
    </nav>
  );
}
