'use client';

import type {} from 'altcha/types/react';
import { useEffect, useId, useState } from 'react';
import { proofFieldName } from '@/lib/captcha/field';

type ProofOfWorkProps = { label: string; hint: string };

// Without JavaScript nothing renders and the form posts without a proof; the server then
// applies the stricter per-IP limit instead of refusing.
export function ProofOfWork({ label, hint }: ProofOfWorkProps) {
  const [ready, setReady] = useState(false);
  const hintId = useId();

  useEffect(() => {
    let live = true;
    // Loaded here, not at the top, so only this page downloads the widget and the server
    // render never touches customElements.
    void Promise.all([import('altcha'), import('altcha/i18n/id')]).then(() => {
      for (const language of ['id', 'en']) {
        globalThis.$altcha.i18n.set(language, { ...globalThis.$altcha.i18n.get(language), label });
      }
      if (live) setReady(true);
    });
    return () => {
      live = false;
    };
  }, [label]);

  if (!ready) return null;
  return (
    <div className="space-y-1">
      <altcha-widget
        ref={restartWhenExpired}
        challenge="/api/altcha/challenge"
        name={proofFieldName}
        auto="onload"
        type="checkbox"
        configuration={widgetConfiguration}
        aria-describedby={hintId}
      />
      <p id={hintId} className="text-muted">
        {hint}
      </p>
    </div>
  );
}

// Self-hosted only: no logo or footer link to altcha.org, no interaction data collected,
// and no verifyUrl, so the widget talks to nothing but /api/altcha/challenge.
const widgetConfiguration = JSON.stringify({
  hideFooter: true,
  hideLogo: true,
  humanInteractionSignature: false,
});

// A challenge lives ten minutes; a resident who takes longer gets a fresh one, solved unseen.
function restartWhenExpired(widget: HTMLElementTagNameMap['altcha-widget'] | null) {
  if (!widget) return;
  const restart = () => void widget.verify();
  widget.addEventListener('expired', restart);
  return () => widget.removeEventListener('expired', restart);
}
