import { useCallback } from 'react';
import type { FieldValues, Path, PathValue, UseFormReturn } from 'react-hook-form';

/**
 * How Waypoint's forms change a field: as typed, and after a first try to submit, every problem is
 * worked out again (a problem can span fields, as a date and its time, or a passphrase typed twice),
 * so an error shows at its field and goes as soon as the value is fixed.
 */
export function useSetField<T extends FieldValues>(
  form: Pick<UseFormReturn<T, unknown, unknown>, 'setValue' | 'trigger' | 'formState'>,
) {
  const { setValue, trigger } = form;
  const { isSubmitted } = form.formState;
  return useCallback(
    <N extends Path<T>>(name: N, value: PathValue<T, N>) => {
      setValue(name, value, { shouldDirty: true });
      if (isSubmitted) void trigger();
    },
    [setValue, trigger, isSubmitted],
  );
}
