export {
  ProfileButton,
  type ProfileButtonPart,
  type ProfileButtonProfile,
  type ProfileButtonProps,
  type ProfileButtonRenderProps,
  type ProfileNativeButtonProps,
  type ProfileNicknameInputProps,
} from './profile-button'
export { PROFILE_BUTTON_TEXTS, type ProfileButtonTexts } from './texts'
