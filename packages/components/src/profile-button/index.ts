export { ProfileButton, type ProfileButtonPart, type ProfileButtonProps } from './profile-button'
export { PROFILE_BUTTON_TEXTS, type ProfileButtonTexts } from './texts'
