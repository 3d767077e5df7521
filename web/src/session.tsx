import { query } from '@solidjs/router';
import { createContext, createSignal, onCleanup, useContext, type Accessor, type ParentProps } from 'solid-js';
import { api, isApiError, onUnauthorized } from './lib/api.ts';
import type { Me } from './lib/api-types.ts';

export type SessionState =
  | { status: 'loading' }
  | { status: 'anonymous'; hasLoggedOut?: boolean }
  | { status: 'authenticated'; user: Me }
  | { status: 'unavailable'; error: unknown };

/** The signed-in user, or null when nobody is (401). Other failures are thrown. */
export async function fetchMe(): Promise<Me | null> {
  try {
    return await api.get<Me>('/api/me');
  } catch (error) {
    if (isApiError(error, 401)) return null;
    throw error;
  }
}

export async function logIn(email: string, password: string): Promise<Me> {
  return api.post<Me>('/api/auth/login', { email, password });
}

export interface Session {
  state: Accessor<SessionState>;
  /** The signed-in user; only call where the session is known to be authenticated. */
  user: Accessor<Me | null>;
  /** Records a successful login (the cookie is already set by the API's answer). */
  signIn: (user: Me) => void;
  logout: () => Promise<void>;
  /** Asks the API again who is signed in, e.g. after the server was unreachable. */
  reload: () => Promise<void>;
}

const SessionContext = createContext<Session>();

export function SessionProvider(props: ParentProps) {
  const [state, setState] = createSignal<SessionState>({ status: 'loading' });

  // Cached reads belong to the user who made them; nothing may carry over to the next person.
  const forgetCachedData = () => query.clear();

  const reload = async () => {
    setState({ status: 'loading' });
    try {
      const user = await fetchMe();
      setState(user ? { status: 'authenticated', user } : { status: 'anonymous' });
    } catch (error) {
      setState({ status: 'unavailable', error });
    }
  };

  const stopListening = onUnauthorized(() => {
    // Only an established session can expire; while loading, /api/me decides.
    if (state().status === 'authenticated') {
      forgetCachedData();
      setState({ status: 'anonymous' });
    }
  });
  onCleanup(stopListening);

  void reload();

  const session: Session = {
    state,
    user: () => {
      const current = state();
      return current.status === 'authenticated' ? current.user : null;
    },
    signIn(user) {
      forgetCachedData();
      setState({ status: 'authenticated', user });
    },
    async logout() {
      try {
        await api.post<void>('/api/auth/logout');
      } catch (error) {
        // Already logged out on the server is as good as logging out now.
        if (!isApiError(error, 401)) throw error;
      }
      forgetCachedData();
      setState({ status: 'anonymous', hasLoggedOut: true });
    },
    reload,
  };

  return <SessionContext.Provider value={session}>{props.children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}
