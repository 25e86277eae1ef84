// The sign-in screen: a token field; the token is kept in sessionStorage only.
import { html, find } from './page';

export class LoginScreen {
  readonly element = html(`
    <div class="login" data-testid="login">
      <form class="login-card" data-testid="login-form" autocomplete="off">
        <h1>nettwin</h1>
        <p class="muted">The living digital twin of your network. Sign in with the API token you were given
          (for <code>nettwin demo</code> it is printed on start).</p>
        <label for="login-token">API token</label>
        <input id="login-token" data-testid="login-token" type="password" spellcheck="false" required autocomplete="off"
               placeholder="paste the token here">
        <button type="submit" data-testid="login-submit">Sign in</button>
        <p class="login-message" data-testid="login-message" role="alert"></p>
      </form>
    </div>`);

  private readonly message = find(this.element, '@login-message');
  private readonly input = find<HTMLInputElement>(this.element, '@login-token');
  private readonly button = find<HTMLButtonElement>(this.element, '@login-submit');

  constructor(submit: (token: string) => void) {
    find(this.element, '@login-form').addEventListener('submit', (e) => {
      e.preventDefault();
      const t = this.input.value.trim();
      if (t) {
        this.busy(true);
        submit(t);
      }
    });
  }

  show(message: string): void {
    this.message.textContent = message;
    this.input.value = '';
    this.busy(false);
    this.element.hidden = false;
    this.input.focus();
  }

  hide(): void {
    this.element.hidden = true;
  }

  busy(busy: boolean): void {
    this.button.disabled = busy;
    this.button.textContent = busy ? 'Signing in…' : 'Sign in';
  }
}
