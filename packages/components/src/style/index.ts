import '../live-floating-window/style'
import '../live-reserve-card/style'
import '../profile-button/style'
