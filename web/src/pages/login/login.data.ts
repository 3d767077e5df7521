import { action } from '@solidjs/router';
import { logIn } from '../../session.tsx';

/** POST /api/auth/login with the form's email and password; answers the signed-in user. */
export const logInAction = action(async (form: FormData) => {
  const email = String(form.get('email') ?? '').trim();
  const password = String(form.get('password') ?? '');
  return logIn(email, password);
}, 'log-in');
