import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { FollowUpStatus } from './follow-up-status';

describe('pending follow-up on the success view', () => {
  test('names what is missing and offers its own Try again', async () => {
    const onRetry = vi.fn();
    render(
      <FollowUpStatus
        result={{
          task: { status: 'created', id: 'tsk_1' },
          note: { status: 'failed', retryable: true, message: 'Lightfield had a problem.' },
        }}
        retrying={false}
        retryFailed={false}
        onRetry={onRetry}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Not saved in Lightfield yet: the note');
    expect(alert).not.toHaveTextContent('next step');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  test('while a retry is on its way, a second click does nothing', async () => {
    const onRetry = vi.fn();
    render(
      <FollowUpStatus
        result={{ task: { status: 'failed', retryable: true, message: 'x' } }}
        retrying
        retryFailed={false}
        onRetry={onRetry}
      />,
    );
    const button = screen.getByRole('button', { name: 'Saving…' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(button);
    expect(onRetry).not.toHaveBeenCalled();
  });

  test('after a retry that got no answer, says so and still offers Try again', () => {
    render(
      <FollowUpStatus
        result={{ task: { status: 'failed', retryable: true, message: 'x' } }}
        retrying={false}
        retryFailed
        onRetry={() => {}}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Lightfield could not be reached');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeEnabled();
  });

  test('a refusal (no scope) offers no Try again that cannot help', () => {
    render(
      <FollowUpStatus
        result={{ task: { status: 'failed', retryable: false, message: 'no scope' } }}
        retrying={false}
        retryFailed={false}
        onRetry={() => {}}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('trying again will not help');
    expect(screen.queryByRole('button')).toBeNull();
  });

  test('says nothing when everything was saved', () => {
    const { container } = render(
      <FollowUpStatus
        result={{ task: { status: 'created', id: 't' }, note: { status: 'created', id: 'n' } }}
        retrying={false}
        retryFailed={false}
        onRetry={() => {}}
      />,
    );
    expect(container).toBeEmptyDOMElement();
  });
});
