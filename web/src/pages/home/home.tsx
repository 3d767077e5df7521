import { Navigate } from '@solidjs/router';
import { useSession } from '../../session.tsx';

/** Officers start at their own municipality; the network-wide roles at the list of municipalities. */
export default function HomePage() {
  const session = useSession();
  const target = () => {
    const municipality = session.user()?.municipality;
    return session.user()?.role === 'officer' && municipality
      ? `/municipalities/${encodeURIComponent(municipality.slug)}`
      : '/municipalities';
  };
  return <Navigate href={target()} />;
}
