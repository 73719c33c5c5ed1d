'use client';

import type {} from 'altcha/types/react';
import { useEffect, useId, useRef, useState } from 'react';
import { formTokenFieldName, proofFieldName } from '@/lib/gate/client';

type ProofOfWorkProps = { label: string; hint: string; formToken: string };

const challengePath = '/api/altcha/challenge';
const villageField = 'villageCode';

// The server prices a challenge for the village the form has chosen (it costs more while that
// village sees a flood), so the widget asks with it.
function challengeUrl(form: HTMLFormElement | null | undefined): string {
  const village = form?.elements.namedItem(villageField);
  const code =
    village instanceof HTMLSelectElement || village instanceof HTMLInputElement ? village.value : '';
  return code ? `${challengePath}?desa=${encodeURIComponent(code)}` : challengePath;
}

// Without JavaScript only the signed form token renders: the server admits the form with it, under
// a stricter budget than proof of work; with JavaScript the widget adds a proof beside it.
export function ProofOfWork({ label, hint, formToken }: ProofOfWorkProps) {
  const [ready, setReady] = useState(false);
  const [challenge, setChallenge] = useState(challengePath);
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
        if (!live) return;
        setChallenge(challengeUrl(form));
        setReady(true);
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

  const token = <input type="hidden" name={formTokenFieldName} value={formToken} />;
  // The empty slot keeps the widget's place, so nothing below it jumps when it appears.
  if (!ready)
    return (
      <div ref={slot} className="min-h-16">
        {token}
      </div>
    );
  return (
    <div className="min-h-16 space-y-1">
      {token}
      <altcha-widget
        ref={restartWhenStale}
        challenge={challenge}
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

// A challenge lives five minutes; a resident who takes longer gets a fresh one, solved unseen.
// Choosing another village also asks for a new one, priced for that village.
function restartWhenStale(widget: HTMLElementTagNameMap['altcha-widget'] | null) {
  if (!widget) return;
  const form = widget.closest('form');
  const restart = () => void widget.verify();
  const repriced = (event: Event) => {
    if (!(event.target instanceof Element) || event.target.getAttribute('name') !== villageField) return;
    void widget.configure({ challenge: challengeUrl(form) }).then(() => {
      widget.reset();
      return widget.verify();
    });
  };
  widget.addEventListener('expired', restart);
  form?.addEventListener('change', repriced);
  return () => {
    widget.removeEventListener('expired', restart);
    form?.removeEventListener('change', repriced);
  };
}
