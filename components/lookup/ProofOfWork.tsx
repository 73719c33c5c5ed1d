'use client';

import type {} from 'altcha/types/react';
import { useEffect, useId, useRef, useState } from 'react';
import { proofFieldName } from '@/lib/captcha/field';

type ProofOfWorkProps = { label: string; hint: string };

// Without JavaScript nothing renders and the form posts without a proof; the server then
// applies the stricter per-IP limit instead of refusing.
export function ProofOfWork({ label, hint }: ProofOfWorkProps) {
  const [ready, setReady] = useState(false);
  const hintId = useId();
  const slot = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let live = true;
    const form = slot.current?.closest('form');
    // Loaded when the resident starts on the form, not with the page: the widget and its
    // solving stay off a cheap phone's main thread while the page first renders, and the
    // proof is solved while the name is typed. Only pages with the form download it, and
    // the server render never touches customElements.
    const load = () => {
      form?.removeEventListener('focusin', load);
      form?.removeEventListener('pointerdown', load);
      void Promise.all([import('altcha'), import('altcha/i18n/id')]).then(() => {
        for (const language of ['id', 'en']) {
          globalThis.$altcha.i18n.set(language, { ...globalThis.$altcha.i18n.get(language), label });
        }
        if (live) setReady(true);
      });
    };
    // The resident may already be typing when this code arrives on a slow phone.
    if (form?.contains(document.activeElement)) load();
    else {
      form?.addEventListener('focusin', load);
      form?.addEventListener('pointerdown', load);
    }
    return () => {
      live = false;
      form?.removeEventListener('focusin', load);
      form?.removeEventListener('pointerdown', load);
    };
  }, [label]);

  // The empty slot keeps the widget's place, so nothing below it jumps when it appears.
  if (!ready) return <div ref={slot} className="min-h-16" />;
  return (
    <div className="min-h-16 space-y-1">
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
