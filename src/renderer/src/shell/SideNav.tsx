import { Icon } from '../components/Icon';
import { SCREENS } from '../navigation';
import { useNavStore } from '../stores/navStore';

export function SideNav() {
  const screen = useNavStore((s) => s.screen);
  const go = useNavStore((s) => s.go);
  return (
    <nav className="sidenav" aria-label="Screens">
      <div className="sidenav__brand">
        <span className="sidenav__logo" aria-hidden="true">
          T
        </span>
        <span className="sidenav__name">Tokscope</span>
      </div>
      <ul className="sidenav__list">
        {SCREENS.map((s) => (
          <li key={s.id}>
            <button
              type="button"
              className="sidenav__item"
              aria-current={s.id === screen ? 'page' : undefined}
              onClick={() => go(s.id)}
            >
              <Icon name={s.icon} />
              <span>{s.label}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
