// A small Adaptive Card renderer for the local chat page: enough of schema 1.5 to read the bot's cards and
// press their buttons (TextBlock, RichTextBlock, FactSet, Container, ColumnSet, Image, ActionSet, the common
// inputs; Action.Submit, Action.Execute, Action.OpenUrl as a link to a new tab, Action.ShowCard). Unknown elements are
// skipped.
// Hero cards get their title, text and buttons. DOM nodes and textContent only.
'use strict';

window.MeetingBotCards = (() => {
  const md = () => window.MeetingBotMarkdown;
  let sequence = 0;

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /**
   * Renders an Adaptive Card. handlers: { submit(value), execute(action), cardAction(action) }.
   * Returns an element.
   */
  function renderAdaptive(card, handlers) {
    const root = el('div', 'card adaptive');
    const inputs = [];
    renderBody(root, card, inputs, handlers);
    return root;
  }

  function renderBody(root, card, inputs, handlers) {
    for (const item of card.body ?? []) renderElement(root, item, inputs, handlers);
    if (Array.isArray(card.actions) && card.actions.length) {
      root.append(renderActions(card.actions, inputs, handlers));
    }
  }

  function renderElement(parent, item, inputs, handlers) {
    if (!item || typeof item !== 'object' || item.isVisible === false) return;
    switch (item.type) {
      case 'TextBlock': {
        const block = el('div', `text-block size-${(item.size ?? 'default').toLowerCase()}`);
        if ((item.weight ?? '').toLowerCase() === 'bolder') block.classList.add('bolder');
        if (item.isSubtle) block.classList.add('subtle');
        if (item.color) block.classList.add(`color-${String(item.color).toLowerCase()}`);
        block.append(md().render(item.text ?? ''));
        parent.append(block);
        break;
      }
      case 'RichTextBlock': {
        const block = el('p', 'text-block');
        for (const inline of item.inlines ?? []) {
          const run = typeof inline === 'string' ? { text: inline } : inline;
          const span = el((run.weight ?? '').toLowerCase() === 'bolder' ? 'strong' : 'span', null, run.text ?? '');
          if (run.italic) span.style.fontStyle = 'italic';
          if (run.strikethrough) span.style.textDecoration = 'line-through';
          block.append(span);
        }
        parent.append(block);
        break;
      }
      case 'FactSet': {
        const list = el('dl', 'fact-set');
        for (const fact of item.facts ?? []) {
          // Fact titles take Markdown too (Adaptive Cards spec); render them like values.
          const dt = el('dt');
          dt.append(md().render(fact.title ?? ''));
          list.append(dt);
          const dd = el('dd');
          dd.append(md().render(fact.value ?? ''));
          list.append(dd);
        }
        parent.append(list);
        break;
      }
      case 'Container': {
        const box = el('div', 'container');
        for (const child of item.items ?? []) renderElement(box, child, inputs, handlers);
        parent.append(box);
        break;
      }
      case 'ColumnSet': {
        const row = el('div', 'column-set');
        for (const column of item.columns ?? []) {
          const cell = el('div', 'column');
          for (const child of column.items ?? []) renderElement(cell, child, inputs, handlers);
          row.append(cell);
        }
        parent.append(row);
        break;
      }
      case 'Image': {
        const href = md().safeHref(item.url ?? '');
        if (!href) break;
        const img = el('img', 'image');
        img.src = href;
        img.alt = item.altText ?? '';
        img.loading = 'lazy';
        parent.append(img);
        break;
      }
      case 'ActionSet':
        parent.append(renderActions(item.actions ?? [], inputs, handlers));
        break;
      case 'Input.Text':
      case 'Input.Number':
      case 'Input.Date':
      case 'Input.Time':
      case 'Input.Toggle':
      case 'Input.ChoiceSet':
        renderInput(parent, item, inputs);
        break;
      default:
        if (item.fallback && typeof item.fallback === 'object') renderElement(parent, item.fallback, inputs, handlers);
    }
  }

  function renderInput(parent, item, inputs) {
    const id = `card-input-${++sequence}`;
    const field = el('div', 'card-field');
    const label = el('label', null, item.label ?? item.title ?? item.placeholder ?? item.id ?? '');
    label.htmlFor = id;
    let read;
    let focusTarget;
    if (item.type === 'Input.Toggle') {
      const box = el('input');
      box.type = 'checkbox';
      box.id = id;
      box.checked = String(item.value ?? item.valueOff ?? 'false') === String(item.valueOn ?? 'true');
      label.textContent = item.title ?? item.label ?? '';
      field.classList.add('toggle');
      field.append(box, label);
      read = () => (box.checked ? String(item.valueOn ?? 'true') : String(item.valueOff ?? 'false'));
      focusTarget = box;
    } else if (item.type === 'Input.ChoiceSet' && (item.isMultiSelect || item.style === 'expanded')) {
      const group = el('fieldset', 'choices');
      const legend = el('legend', null, item.label ?? item.placeholder ?? '');
      group.append(legend);
      const selected = String(item.value ?? '').split(',');
      const boxes = (item.choices ?? []).map((choice, i) => {
        const option = el('label');
        const box = el('input');
        box.type = item.isMultiSelect ? 'checkbox' : 'radio';
        box.name = id;
        box.id = i === 0 ? id : `${id}-${i}`;
        box.value = String(choice.value ?? '');
        box.checked = selected.includes(box.value);
        option.append(box, document.createTextNode(' ' + (choice.title ?? box.value)));
        group.append(option);
        return box;
      });
      field.append(group);
      read = () => boxes.filter((b) => b.checked).map((b) => b.value).join(',');
      focusTarget = boxes[0] ?? group;
    } else {
      let control;
      if (item.type === 'Input.ChoiceSet') {
        control = el('select');
        if (!item.value) control.append(new Option(item.placeholder ?? '', ''));
        for (const choice of item.choices ?? []) control.append(new Option(choice.title ?? choice.value, choice.value ?? ''));
      } else if (item.type === 'Input.Text' && item.isMultiline) {
        control = el('textarea');
        control.rows = 3;
      } else {
        control = el('input');
        control.type = { 'Input.Number': 'number', 'Input.Date': 'date', 'Input.Time': 'time' }[item.type] ?? 'text';
        if (item.maxLength) control.maxLength = item.maxLength;
      }
      control.id = id;
      if (item.placeholder && 'placeholder' in control) control.placeholder = item.placeholder;
      if (item.value !== undefined) control.value = String(item.value);
      field.append(label, control);
      read = () => control.value;
      focusTarget = control;
    }
    parent.append(field);
    if (item.id) {
      inputs.push({ id: item.id, read, required: !!item.isRequired, field, focusTarget, message: item.errorMessage });
    }
  }

  function gather(inputs) {
    const values = {};
    let firstInvalid = null;
    for (const input of inputs) {
      const value = input.read();
      const invalid = input.required && value === '';
      input.field.classList.toggle('invalid', invalid);
      input.focusTarget.setAttribute?.('aria-invalid', String(invalid));
      let hint = input.field.querySelector('.card-error');
      if (invalid && !hint) {
        hint = el('p', 'card-error', input.message ?? 'This is required.');
        input.field.append(hint);
      } else if (!invalid && hint) {
        hint.remove();
      }
      if (invalid && !firstInvalid) firstInvalid = input;
      values[input.id] = value;
    }
    if (firstInvalid) {
      firstInvalid.focusTarget.focus?.();
      return null;
    }
    return values;
  }

  function merge(values, data) {
    if (data && typeof data === 'object' && !Array.isArray(data)) return { ...values, ...data };
    if (data !== undefined && Object.keys(values).length === 0) return data;
    return values;
  }

  function renderActions(actions, inputs, handlers) {
    const wrap = el('div', 'card-action-area');
    const bar = el('div', 'card-actions');
    wrap.append(bar);
    for (const action of actions) {
      if (!action || action.isEnabled === false) continue;
      const button = el('button', 'card-action', action.title ?? action.type);
      button.type = 'button';
      switch (action.type) {
        case 'Action.Submit':
          button.addEventListener('click', () => {
            const values = gather(inputs);
            if (values) handlers.submit(merge(values, action.data));
          });
          break;
        case 'Action.Execute':
          button.addEventListener('click', () => {
            const values = gather(inputs);
            if (values) handlers.execute({ type: 'Action.Execute', id: action.id, verb: action.verb, data: merge(values, action.data) });
          });
          break;
        case 'Action.OpenUrl': {
          // A real link, styled like the buttons: opens in a new tab, can be copied, and tells the page nothing.
          const href = md().safeHref(action.url ?? '');
          if (!href || !/^https?:/i.test(href)) continue;
          const link = el('a', 'card-action card-link', action.title ?? href);
          link.href = href;
          link.target = '_blank';
          link.rel = 'noopener noreferrer';
          bar.append(link);
          continue;
        }
        case 'Action.ShowCard': {
          if (!action.card) continue;
          const inner = el('div', 'card show-card');
          inner.hidden = true;
          renderBody(inner, action.card, inputs, handlers);
          button.setAttribute('aria-expanded', 'false');
          button.addEventListener('click', () => {
            inner.hidden = !inner.hidden;
            button.setAttribute('aria-expanded', String(!inner.hidden));
          });
          bar.append(button);
          wrap.append(inner);
          continue;
        }
        default:
          continue;
      }
      bar.append(button);
    }
    return wrap;
  }

  /** Hero and thumbnail cards: title, subtitle, text, buttons as card actions (imBack, messageBack, openUrl). */
  function renderHero(card, handlers) {
    const root = el('div', 'card hero');
    if (card.title) root.append(el('div', 'text-block bolder size-medium', card.title));
    if (card.subtitle) root.append(el('div', 'text-block subtle', card.subtitle));
    if (card.text) {
      const text = el('div', 'text-block');
      text.append(md().render(card.text));
      root.append(text);
    }
    if (Array.isArray(card.buttons) && card.buttons.length) {
      const bar = el('div', 'card-actions');
      for (const action of card.buttons) {
        const button = el('button', 'card-action', action.title ?? String(action.value ?? ''));
        button.type = 'button';
        button.addEventListener('click', () => handlers.cardAction(action));
        bar.append(button);
      }
      root.append(bar);
    }
    return root;
  }

  return { renderAdaptive, renderHero };
})();
